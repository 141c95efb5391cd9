import { describe, expect, it } from 'vitest';
import { errorAnswer, mockCluster, recordingRetry } from '../test-support/mock-cluster';
import { createElasticsearchSearchEngine } from './elasticsearch-search-engine';

const emptyAnswer = {
  took: 1,
  timed_out: false,
  _shards: { total: 1, successful: 1, failed: 0 },
  hits: { total: { value: 0, relation: 'eq' }, hits: [] },
  aggregations: { categories: { buckets: [] }, tags: { doc_count: 0, values: { buckets: [] } } },
};

function setup() {
  const cluster = mockCluster();
  const retry = recordingRetry({ maxAttempts: 2 });
  const engine = createElasticsearchSearchEngine({
    client: cluster.client,
    alias: 'shop-products',
    retry: retry.policy,
  });
  return { ...cluster, engine, waits: retry.waits };
}

describe('the Elasticsearch search engine', () => {
  it('sends the request built from the validated query to the alias', async () => {
    const { engine, on, seen } = setup();
    on('POST', '/shop-products/_search', () => emptyAnswer);
    await engine.search({ text: '  lamp ', category: 'Home', pageSize: 5 });
    const [request] = seen('POST', '/shop-products/_search');
    expect(request?.body).toMatchObject({
      from: 0,
      size: 5,
      track_total_hits: true,
      post_filter: { term: { 'product.category': 'home' } },
      suggest: { text: 'lamp' },
    });
  });

  it('answers with nothing before any generation is live', async () => {
    const { engine, on } = setup();
    on('POST', '/shop-products/_search', () => errorAnswer(404, 'index_not_found_exception'));
    await expect(engine.search({ text: 'lamp' })).resolves.toMatchObject({ hits: [], total: 0 });
  });

  it('backs off once on 429, then fails with a clear error', async () => {
    const { engine, on, seen, waits } = setup();
    on('POST', '/shop-products/_search', () => errorAnswer(429, 'es_rejected_execution_exception'));
    await expect(engine.search({})).rejects.toThrow(/429 Too Many Requests to a search 2 times/);
    expect(seen('POST', '/shop-products/_search')).toHaveLength(2);
    expect(waits).toHaveLength(1);
  });

  it('rejects a query outside the bounds before sending anything', async () => {
    const { engine, requests } = setup();
    await expect(engine.search({ pageSize: 500 })).rejects.toThrow(/at most 50/);
    expect(requests).toEqual([]);
  });
});
