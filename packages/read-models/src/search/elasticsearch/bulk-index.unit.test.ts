import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { captureLogger } from '../../test-support/capture-logger';
import {
  errorAnswer,
  mockCluster,
  recordingRetry,
  type SeenRequest,
} from '../test-support/mock-cluster';
import { bulkActions } from '../test-support/versioned-index';
import { ElasticsearchOverloaded } from './backoff';
import { bulkIndex, BulkIndexingFailed, classifyBulkItems, type IndexWrite } from './bulk-index';
import { toPartSource } from './search-source';

const index = 'shop-products-g1';

const write = (version = 1): IndexWrite => {
  const id = randomUUID();
  return {
    id,
    version,
    source: toPartSource({ version, state: { onHand: 1, reserved: 0 } }),
  };
};

const item = (id: string | undefined, status: number, type?: string) => ({
  index: {
    _index: index,
    _id: id,
    status,
    ...(type ? { error: { type, reason: `${type} on ${id}` } } : {}),
  },
});

function setup() {
  const cluster = mockCluster();
  const retry = recordingRetry({ maxAttempts: 3 });
  const { logger, lines } = captureLogger();
  const context = { client: cluster.client, retry: retry.policy, logger, refresh: false as const };
  return { ...cluster, context, waits: retry.waits, lines };
}

/** Answers each bulk request with the next answer of the list, per written id. */
const answers =
  (...rounds: ((id: string) => object)[]) =>
  (request: SeenRequest) => {
    const answer = rounds.shift() ?? ((id: string) => item(id, 201));
    const items = bulkActions(request).map(({ _id }) => answer(_id));
    return { errors: true, items };
  };

describe('classifyBulkItems', () => {
  it('sorts items into done, conflicted, worth retrying and refused for good', () => {
    const writes = [write(), write(), write(), write(), write()];
    const [done, conflict, busy, broken, bad] = writes.map(({ id }) => id);
    const outcome = classifyBulkItems(writes, [
      item(done, 201),
      item(conflict, 409, 'version_conflict_engine_exception'),
      item(busy, 429, 'es_rejected_execution_exception'),
      item(broken, 503, 'unavailable_shards_exception'),
      item(bad, 400, 'document_parsing_exception'),
    ]);
    expect(outcome).toEqual({
      conflicted: [conflict],
      retryable: [
        {
          id: busy,
          status: 429,
          reason: `es_rejected_execution_exception: es_rejected_execution_exception on ${busy}`,
        },
        {
          id: broken,
          status: 503,
          reason: `unavailable_shards_exception: unavailable_shards_exception on ${broken}`,
        },
      ],
      failed: [
        {
          id: bad,
          status: 400,
          reason: `document_parsing_exception: document_parsing_exception on ${bad}`,
        },
      ],
    });
  });

  it('counts a write the response says nothing about as failed', () => {
    const lost = write();
    expect(classifyBulkItems([lost], []).failed).toMatchObject([{ id: lost.id, status: 0 }]);
  });
});

describe('bulkIndex', () => {
  it('sends again only the documents that were pushed back, after a back-off', async () => {
    const { context, on, seen, waits, lines } = setup();
    const kept = write();
    const pushedBack = write();
    on(
      'POST',
      '/_bulk',
      answers((id) =>
        item(id, id === pushedBack.id ? 429 : 201, 'es_rejected_execution_exception'),
      ),
    );
    await expect(bulkIndex(context, index, [kept, pushedBack])).resolves.toEqual([]);
    const [first, second] = seen('POST', '/_bulk');
    expect(bulkActions(first).map(({ _id }) => _id)).toEqual([kept.id, pushedBack.id]);
    expect(bulkActions(second)).toEqual([
      { _index: index, _id: pushedBack.id, version: 1, version_type: 'external' },
    ]);
    expect(waits).toEqual([150]);
    expect(lines.find((line) => line.level === 40)?.msg).toMatch(/partly refused/);
  });

  it('gives up on documents still pushed back after the last attempt, naming them', async () => {
    const { context, on, seen, waits } = setup();
    const stuck = write();
    on('POST', '/_bulk', () => ({
      errors: true,
      items: [item(stuck.id, 429, 'es_rejected_execution_exception')],
    }));
    const failure = bulkIndex(context, index, [stuck]);
    await expect(failure).rejects.toThrow(BulkIndexingFailed);
    await expect(failure).rejects.toThrow(`${stuck.id} (429`);
    expect(seen('POST', '/_bulk')).toHaveLength(3);
    expect(waits).toEqual([150, 300]);
  });

  it('fails at once, naming them, on documents refused for good', async () => {
    const { context, on, seen } = setup();
    const good = write();
    const bad = write();
    on(
      'POST',
      '/_bulk',
      answers((id) =>
        id === bad.id ? item(id, 400, 'document_parsing_exception') : item(id, 201),
      ),
    );
    await expect(bulkIndex(context, index, [good, bad])).rejects.toThrow(
      new RegExp(
        `failed for 1 document\\(s\\), refused by Elasticsearch: ${bad.id} \\(400: document_parsing_exception`,
      ),
    );
    expect(seen('POST', '/_bulk')).toHaveLength(1);
  });

  it('reports version conflicts without retrying them', async () => {
    const { context, on, seen } = setup();
    const stale = write();
    on(
      'POST',
      '/_bulk',
      answers((id) => item(id, 409, 'version_conflict_engine_exception')),
    );
    await expect(bulkIndex(context, index, [stale])).resolves.toEqual([stale.id]);
    expect(seen('POST', '/_bulk')).toHaveLength(1);
  });

  it('backs off and retries a whole request answered 429, a bounded number of times', async () => {
    const { context, on, seen, waits } = setup();
    let calls = 0;
    on('POST', '/_bulk', (request) =>
      ++calls < 3 ? errorAnswer(429, 'es_rejected_execution_exception') : answers()(request),
    );
    await expect(bulkIndex(context, index, [write()])).resolves.toEqual([]);
    expect(waits).toEqual([150, 300]);

    on('POST', '/_bulk', () => errorAnswer(429, 'es_rejected_execution_exception'));
    await expect(bulkIndex(context, index, [write()])).rejects.toThrow(ElasticsearchOverloaded);
    expect(seen('POST', '/_bulk')).toHaveLength(6);
  });
});
