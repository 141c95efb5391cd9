import { randomUUID } from 'node:crypto';
import { inventoryStreamCategory, productStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { eur, productAdded } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream } from '../shared/test-support/recorded-events';
import { applyEvents, recordCheckpoint } from '../test-support/apply-events';
import { getProductDetail } from './get-product-detail';
import { productDetailProjection, productDetailProjectionName } from './product-detail.store';

const db = useReadModelDatabase();

function lamp() {
  const product = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, product.id);
  const productId = product.id;
  const added = product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 });
  return { product, inventory, productId, added };
}

describe('product detail on Postgres', () => {
  it('answers a product with its stock, and the checkpoint it reflects', async () => {
    const { inventory, productId, added } = lamp();
    const received = inventory.event('StockReceived', { productId, quantity: 3 });
    await applyEvents(db.prisma, productDetailProjection, [received, added]);
    await recordCheckpoint(db.prisma, productDetailProjectionName, 0, added);
    expect(await getProductDetail(db.prisma, { productId })).toEqual({
      product: {
        productId,
        name: 'Desk lamp',
        description: 'Warm light',
        category: 'lighting',
        tags: [],
        price: eur(3_450),
        available: 3,
        inStock: true,
        discontinued: false,
        addedAt: added.recordedAt,
      },
      checkpoint: { '0': `${added.transactionId}:${added.globalPosition}` },
    });
  });

  it('still answers a discontinued product, which can no longer be ordered', async () => {
    const { product, inventory, productId, added } = lamp();
    await applyEvents(db.prisma, productDetailProjection, [
      added,
      inventory.event('StockReceived', { productId, quantity: 3 }),
      product.event('ProductDiscontinued', { productId }),
    ]);
    const { product: shown } = await getProductDetail(db.prisma, { productId });
    expect(shown).toMatchObject({ discontinued: true, available: 3, inStock: false });
  });

  it('answers null for a product known only by its stock, or not at all', async () => {
    const { inventory, productId } = lamp();
    await applyEvents(db.prisma, productDetailProjection, [
      inventory.event('StockReceived', { productId, quantity: 3 }),
    ]);
    expect((await getProductDetail(db.prisma, { productId })).product).toBeNull();
    expect((await getProductDetail(db.prisma, { productId: randomUUID() })).product).toBeNull();
  });

  it('refuses an id that is not a uuid', async () => {
    await expect(getProductDetail(db.prisma, { productId: 'lamp' })).rejects.toThrow(/UUID/i);
  });
});
