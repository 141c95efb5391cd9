import { describe, expect, it } from 'vitest';
import { captureLogger } from '../../test-support/capture-logger';
import {
  errorAnswer,
  mockCluster,
  recordingRetry,
  type SeenRequest,
} from '../test-support/mock-cluster';
import { listedProduct } from '../test-support/search-events';
import { bulkActions, bulkSources, versionedIndex } from '../test-support/versioned-index';
import { createElasticsearchSearchProjection } from './elasticsearch-search.projection';
import { searchIndexMappings, searchIndexSettings } from './search-index';

const alias = 'shop-products';
const index = 'shop-products-g2';
const target = { generation: 2 };

function setup() {
  const cluster = mockCluster();
  const retry = recordingRetry();
  const { logger, lines } = captureLogger();
  const projection = createElasticsearchSearchProjection({
    client: cluster.client,
    alias,
    logger,
    retry: retry.policy,
  });
  return { ...cluster, projection, waits: retry.waits, lines };
}

describe('the Elasticsearch search projection: generations', () => {
  it('creates a generation index with explicit mappings and analyzers', async () => {
    const { projection, on, seen } = setup();
    on('PUT', `/${index}`, () => ({ acknowledged: true, index }));
    await projection.createGeneration(2);
    const body = seen('PUT', `/${index}`)[0]?.body;
    expect(body).toEqual({ settings: searchIndexSettings, mappings: searchIndexMappings });
    expect(body).toMatchObject({
      settings: { analysis: { analyzer: { product_text: { tokenizer: 'standard' } } } },
      mappings: {
        dynamic: 'strict',
        properties: {
          product: { properties: { name: { type: 'text', analyzer: 'product_text' } } },
        },
      },
    });
  });

  it('treats a generation index left by an interrupted attempt as created', async () => {
    const { projection, on } = setup();
    on('PUT', `/${index}`, () => errorAnswer(400, 'resource_already_exists_exception'));
    await expect(projection.createGeneration(2)).resolves.toBeUndefined();
  });

  it('still fails on any other refusal to create the index', async () => {
    const { projection, on } = setup();
    on('PUT', `/${index}`, () => errorAnswer(400, 'illegal_argument_exception', 'bad analyzer'));
    await expect(projection.createGeneration(2)).rejects.toThrow(/illegal_argument_exception/);
  });

  it('swaps the alias in one request, then drops the previous generation', async () => {
    const { projection, on, requests } = setup();
    on('POST', '/_aliases', () => ({ acknowledged: true }));
    on('DELETE', '/shop-products-g1', () => ({ acknowledged: true }));
    await projection.activateGeneration(2, 1);
    expect(requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'POST /_aliases',
      'DELETE /shop-products-g1',
    ]);
    expect(requests[0]?.body).toEqual({
      actions: [
        { remove: { index: 'shop-products-g*', alias, must_exist: false } },
        { add: { index, alias } },
      ],
    });
  });

  it('drops a generation that is already gone without complaint', async () => {
    const { projection, on } = setup();
    on('DELETE', '/shop-products-g3', () => errorAnswer(404, 'index_not_found_exception'));
    await expect(projection.dropGeneration(3)).resolves.toBeUndefined();
  });
});

describe('the Elasticsearch search projection: writes', () => {
  const setupIndex = () => {
    const cluster = setup();
    return { ...cluster, index: versionedIndex(cluster, index) };
  };
  const requestLine = ({ method, path }: SeenRequest) => `${String(method)} ${String(path)}`;

  it('writes each stream part under its stream version, then the document under both', async () => {
    const { projection, seen, requests } = setupIndex();
    const lamp = listedProduct({ name: 'Desk lamp', tags: ['office'], stock: 4 });
    await projection.applyBatch(lamp.events, target);

    expect(requests.map(requestLine)).toEqual([
      `POST /${index}/_mget`,
      'POST /_bulk',
      `POST /${index}/_mget`,
      'POST /_bulk',
    ]);
    const [parts, documents] = seen('POST', '/_bulk');
    expect(bulkActions(parts)).toEqual([
      { _index: index, _id: `product-${lamp.productId}`, version: 2, version_type: 'external' },
      { _index: index, _id: `inventory-${lamp.productId}`, version: 1, version_type: 'external' },
    ]);
    expect(bulkActions(documents)).toEqual([
      { _index: index, _id: lamp.productId, version: 2 * 2 ** 32 + 1, version_type: 'external' },
    ]);
    expect(bulkSources(documents)).toEqual([
      expect.objectContaining({
        productId: lamp.productId,
        productVersion: 2,
        inventoryVersion: 1,
        listed: true,
        inStock: true,
        product: expect.objectContaining({ name: 'Desk lamp', tags: ['office'] }),
      }),
    ]);
    // The document is read back with both parts, after this batch's parts were written.
    expect(seen('POST', `/${index}/_mget`)[1]?.body).toEqual({
      ids: [lamp.productId, `product-${lamp.productId}`, `inventory-${lamp.productId}`],
    });
  });

  it('sends no write at all for a batch applied before (a replay, a duplicate)', async () => {
    const { projection, seen } = setupIndex();
    const lamp = listedProduct({ name: 'Desk lamp', stock: 4 });
    await projection.applyBatch(lamp.events, target);
    await projection.applyBatch(lamp.events, target);
    await projection.applyBatch(lamp.events.slice(0, 1), target);
    expect(seen('POST', '/_bulk')).toHaveLength(2);
  });

  it('writes the document on replay when a crash came between the parts and it', async () => {
    const { projection, seen, index: stored } = setupIndex();
    const lamp = listedProduct({ name: 'Desk lamp' });
    stored.putFrom(lamp.events);
    stored.stored.delete(lamp.productId);
    await projection.applyBatch(lamp.events, target);
    expect(bulkActions(seen('POST', '/_bulk')[0])).toMatchObject([{ _id: lamp.productId }]);
    expect(stored.source(lamp.productId)).toMatchObject({ product: { name: 'Desk lamp' } });
  });

  it('keeps both streams when the other partition writes the same product meanwhile', async () => {
    const { projection, index: stored } = setupIndex();
    const lamp = listedProduct({ name: 'Desk lamp' });
    stored.putFrom(lamp.events);
    const renamed = lamp.product.event('ProductRenamed', { name: 'Reading lamp' });
    const received = lamp.inventory.event('StockReceived', { quantity: 2 });
    // The product partition writes its part between this batch's first read and its read-back.
    stored.meanwhile(() => stored.putPart([...lamp.events, renamed], 'product'));
    await projection.applyBatch([received], target);
    expect(stored.source(lamp.productId)).toMatchObject({
      productVersion: 2,
      inventoryVersion: 1,
      product: { name: 'Reading lamp' },
      stock: { onHand: 2 },
    });
    // The product partition then reads both parts back: there is nothing left for it to write.
    await projection.applyBatch([renamed], target);
    expect(stored.source(lamp.productId)).toMatchObject({ stock: { onHand: 2 } });
  });

  it('never lets a document built from older parts replace a newer one', async () => {
    const { projection, seen, lines, index: stored } = setupIndex();
    const lamp = listedProduct({ name: 'Desk lamp' });
    stored.putFrom(lamp.events);
    const renamed = lamp.product.event('ProductRenamed', { name: 'Reading lamp' });
    const received = lamp.inventory.event('StockReceived', { quantity: 2 });
    // Between this batch's read-back and its write, the stock partition writes part and document.
    stored.meanwhile(() =>
      stored.meanwhile(() => stored.putFrom([...lamp.events, renamed, received])),
    );
    await projection.applyBatch([renamed], target);
    expect(bulkActions(seen('POST', '/_bulk').at(-1))).toMatchObject([
      { _id: lamp.productId, version: 2 * 2 ** 32 },
    ]);
    expect(stored.source(lamp.productId)).toMatchObject({
      inventoryVersion: 1,
      stock: { onHand: 2 },
    });
    expect(lines.find((line) => line.msg.includes('at least as new'))).toMatchObject({
      superseded: [lamp.productId],
      correlationIds: [renamed.metadata.correlationId],
    });
  });

  it('fails clearly when the generation index does not exist', async () => {
    const { projection, on } = setup();
    on('POST', `/${index}/_mget`, () => errorAnswer(404, 'index_not_found_exception'));
    const lamp = listedProduct({ name: 'Lamp' });
    await expect(projection.applyBatch(lamp.events, target)).rejects.toThrow(
      `Search index ${index} does not exist`,
    );
  });
});
