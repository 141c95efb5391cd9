import { randomUUID } from 'node:crypto';
import { productStreamId } from '@shop/domain';
import {
  catalogProjection,
  catalogProjectionName,
  partitionOf,
  productDetailProjection,
} from '@shop/read-models';
import { applyEvents, productAddedEvent, recordCheckpoint } from '@shop/read-models/testing';
import { describe, expect, it, vi } from 'vitest';
import { routerTestDatabasePerFile } from '../../test-support/router-test-database';

vi.mock('server-only', () => ({}));

const web = routerTestDatabasePerFile('shop_web');
const caller = () => web.caller();

const productId = randomUUID();
const streamId = productStreamId(productId);

describe('catalog.list', () => {
  it('before the catalog has read anything: no products, no categories, an empty checkpoint', async () => {
    expect(await caller().catalog.list({})).toEqual({
      products: [],
      page: { page: 1, pageSize: 20, totalItems: 0, totalPages: 0 },
      categories: [],
      checkpoint: {},
    });
  });

  it('lists products with formatted prices, category counts and the checkpoint they reflect', async () => {
    const added = productAddedEvent({ productId, name: 'Stoneware mug' });
    await applyEvents(web.prisma, catalogProjection, [added]);
    await recordCheckpoint(web.prisma, catalogProjectionName, partitionOf(streamId), added);

    const page = await caller().catalog.list({});
    expect(page.products).toEqual([
      expect.objectContaining({
        productId,
        name: 'Stoneware mug',
        price: { amountMinor: 3450, currency: 'EUR' },
        formattedPrice: '€34.50',
      }),
    ]);
    expect(page.categories).toEqual([{ category: page.products[0]?.category, count: 1 }]);
    expect(page.checkpoint).toEqual({
      [String(partitionOf(streamId))]: `${added.transactionId}:${added.globalPosition}`,
    });
    expect((await caller().catalog.list({ minPriceMinor: 3_451 })).products).toEqual([]);
    expect((await caller().catalog.list({ maxPriceMinor: 3_450 })).products).toHaveLength(1);
  });

  it('refuses a negative price, an upside-down range and an unknown sort', async () => {
    await expect(caller().catalog.list({ minPriceMinor: -1 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      caller().catalog.list({ minPriceMinor: 10, maxPriceMinor: 5 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      // @ts-expect-error: not a sort
      caller().catalog.list({ sort: 'random' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(caller().catalog.list({ page: 0 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('catalog.product', () => {
  it('shows a product added to the product pages, with its price formatted', async () => {
    const added = productAddedEvent({ name: 'Walnut board' });
    await applyEvents(web.prisma, productDetailProjection, [added]);
    const id = added.streamId.slice('product-'.length);
    expect((await caller().catalog.product({ productId: id })).product).toMatchObject({
      productId: id,
      name: 'Walnut board',
      formattedPrice: '€34.50',
      discontinued: false,
      inStock: false,
    });
  });

  it('answers null for a product it does not know, and refuses an id that is not one', async () => {
    expect((await caller().catalog.product({ productId: randomUUID() })).product).toBeNull();
    await expect(caller().catalog.product({ productId: '../etc/passwd' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
