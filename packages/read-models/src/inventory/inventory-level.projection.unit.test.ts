import { randomUUID } from 'node:crypto';
import { inventoryStreamCategory, productStreamCategory } from '@shop/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interleavings } from '../shared/test-support/interleavings';
import { productAdded } from '../shared/test-support/payloads';
import { testStream } from '../shared/test-support/recorded-events';
import { evolveInventoryLevel, type InventoryLevelRow } from './inventory-level.projection';

const fold = (events: Parameters<typeof evolveInventoryLevel>[1][]) =>
  events.reduce<InventoryLevelRow | null>(evolveInventoryLevel, null);

function streams() {
  const product = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, product.id);
  return { product, inventory, productId: product.id };
}

describe('inventory level projection', () => {
  it('labels stock with the product name, whichever stream came first', () => {
    const { product, inventory, productId } = streams();
    const productEvents = [
      product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 }),
      product.event('ProductRenamed', { productId, name: 'Reading lamp' }),
      product.event('ProductRepriced', { productId, price: { amountMinor: 1, currency: 'EUR' } }),
    ];
    const orderId = randomUUID();
    const inventoryEvents = [
      inventory.event('StockReceived', { productId, quantity: 6 }),
      inventory.event('StockReserved', { productId, orderId, quantity: 2 }),
    ];
    fc.assert(
      fc.property(interleavings(productEvents, inventoryEvents), (events) => {
        expect(fold(events)).toMatchObject({
          product: { name: 'Reading lamp', discontinued: false },
          stock: { onHand: 6, reserved: 2 },
          productVersion: 3,
          inventoryVersion: 2,
        });
      }),
    );
  });

  it('marks a discontinued product and keeps counting its stock', () => {
    const { product, inventory, productId } = streams();
    const row = fold([
      product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 }),
      product.event('ProductDiscontinued', { productId }),
      inventory.event('StockAdjusted', {
        productId,
        previousOnHand: 0,
        countedOnHand: 4,
        reason: 'found in the back',
      }),
    ]);
    expect(row).toMatchObject({ product: { discontinued: true }, stock: { onHand: 4 } });
  });

  it('ignores an inventory event it already reflects', () => {
    const { inventory, productId } = streams();
    const received = inventory.event('StockReceived', { productId, quantity: 6 });
    const row = fold([received]);
    expect(evolveInventoryLevel(row, received)).toBe(row);
  });
});
