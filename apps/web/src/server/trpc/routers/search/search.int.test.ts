import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@shop/domain';
import {
  postgresSearchProjection,
  postgresSearchProjectionName,
  type PostgresProjection,
} from '@shop/read-models';
import { applyEvents, productAddedEvent, recordCheckpoint } from '@shop/read-models/testing';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { routerTestDatabasePerFile } from '../../test-support/router-test-database';
import type { RouterCaller } from '../../test-support/router-caller';

vi.mock('server-only', () => ({}));

const web = routerTestDatabasePerFile('shop_web_search');
const caller = () => web.caller();
let last: RecordedEvent;

interface Spec {
  name: string;
  description: string;
  category: string;
  tags: string[];
  priceMinor: number;
  stock?: number;
}

/** A product as the log holds it: added (current schema), tagged, and stocked if `stock` is given. */
function productEvents(spec: Spec): RecordedEvent[] {
  const added = productAddedEvent({ name: spec.name });
  const productId = added.streamId.slice('product-'.length);
  const product: RecordedEvent = {
    ...added,
    schemaVersion: 3,
    data: {
      productId,
      name: spec.name,
      description: spec.description,
      price: { amountMinor: spec.priceMinor, currency: 'EUR' },
      category: spec.category,
    },
  };
  const later = (event: Omit<Partial<RecordedEvent>, 'data'> & { data: unknown }) => ({
    ...productAddedEvent(),
    ...event,
    schemaVersion: 1,
    eventId: randomUUID(),
  });
  const tagged = later({
    type: 'ProductTagsSet',
    streamId: added.streamId,
    streamVersion: 2,
    data: { productId, tags: spec.tags },
  });
  const stocked = later({
    type: 'StockReceived',
    streamId: `inventory-${productId}`,
    streamVersion: 1,
    data: { productId, quantity: spec.stock ?? 0 },
  });
  return spec.stock ? [product, tagged, stocked] : [product, tagged];
}

beforeAll(async () => {
  const events = [
    {
      name: 'Desk lamp',
      description: 'Warm dimmable light',
      category: 'home',
      tags: ['office', 'lighting'],
      priceMinor: 3_450,
      stock: 3,
    },
    {
      name: 'Reading lamp',
      description: 'Clips onto any shelf',
      category: 'home',
      tags: ['lighting'],
      priceMinor: 2_500,
    },
    {
      name: 'Camping lantern',
      description: 'Brighter than an oil lamp',
      category: 'outdoor',
      tags: ['camping'],
      priceMinor: 4_200,
      stock: 1,
    },
    {
      name: 'Coffee mug',
      description: 'Stoneware, dishwasher safe',
      category: 'kitchen',
      tags: ['gift'],
      priceMinor: 900,
      stock: 10,
    },
  ].flatMap(productEvents);
  await applyEvents(web.prisma, postgresSearchProjection as PostgresProjection, events);
  last = events.at(-1) as RecordedEvent;
  await recordCheckpoint(web.prisma, postgresSearchProjectionName, 2, last);
});

describe('search.products', () => {
  it('finds products by their words, highlighted, with facets, formatted prices and the checkpoint', async () => {
    const result = await caller().search.products({ text: 'lamp' });
    expect(result.total).toBe(3);
    expect(result.hits.map((hit) => hit.name).sort()).toEqual([
      'Camping lantern',
      'Desk lamp',
      'Reading lamp',
    ]);
    const desk = result.hits.find((hit) => hit.name === 'Desk lamp');
    expect(desk).toMatchObject({ formattedPrice: '€34.50', inStock: true, category: 'home' });
    expect(desk?.highlights.name).toBe('Desk <mark>lamp</mark>');
    expect(result.facets.categories).toEqual([
      { value: 'home', count: 2 },
      { value: 'outdoor', count: 1 },
    ]);
    expect(result.facets.tags).toContainEqual({ value: 'lighting', count: 2 });
    expect(result.checkpoint).toEqual({ '2': `${last.transactionId}:${last.globalPosition}` });
  });

  it('filters by category, tags, price range and stock, and pages', async () => {
    const names = async (input: Parameters<RouterCaller['search']['products']>[0]) =>
      (await caller().search.products(input)).hits.map((hit) => hit.name);
    expect(await names({ text: 'lamp', category: 'home', sort: 'price_asc' })).toEqual([
      'Reading lamp',
      'Desk lamp',
    ]);
    expect(await names({ tags: ['office'] })).toEqual(['Desk lamp']);
    expect(await names({ minPrice: 1_000, maxPrice: 3_000 })).toEqual(['Reading lamp']);
    expect(await names({ text: 'lamp', inStock: true, sort: 'price_desc' })).toEqual([
      'Camping lantern',
      'Desk lamp',
    ]);
    const second = await caller().search.products({ sort: 'price_asc', page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.hits.map((hit) => hit.name)).toEqual(['Camping lantern']);
  });

  it('tolerates a typo and offers the spelling the catalog uses', async () => {
    const result = await caller().search.products({ text: 'stonewere' });
    expect(result.hits.map((hit) => hit.name)).toEqual(['Coffee mug']);
    expect(result.didYouMean).toBe('stoneware');
    expect((await caller().search.products({ text: 'stoneware' })).didYouMean).toBeUndefined();
  });

  it('refuses queries that are too long, negative pages and upside-down price ranges', async () => {
    const refusal = (input: Parameters<RouterCaller['search']['products']>[0]) =>
      caller()
        .search.products(input)
        .then(
          () => {
            throw new Error('accepted');
          },
          (error: { code: string; message: string }) => ({
            code: error.code,
            message: error.message,
          }),
        );
    expect(await refusal({ text: 'x'.repeat(201) })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Search text must be at most 200 characters'),
    });
    expect(await refusal({ page: -1 })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Pages start at 1'),
    });
    expect(await refusal({ minPrice: 500, maxPrice: 100 })).toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Minimum price must not be above the maximum price'),
    });
  });
});
