import { inventoryStreamCategory, productStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { productAdded } from '../shared/test-support/payloads';
import { testStream } from '../shared/test-support/recorded-events';
import { evolveProductDetail, type ProductDetailRow } from './product-detail.projection';

function streams() {
  const product = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, product.id);
  const added = () => product.event('ProductAdded', productAdded(product.id), { schemaVersion: 3 });
  return { product, inventory, productId: product.id, added };
}

const fold = (events: Parameters<typeof evolveProductDetail>[1][]) =>
  events.reduce<ProductDetailRow | null>(evolveProductDetail, null);

describe('product detail projection', () => {
  it('keeps a discontinued product, marked, with its stock', () => {
    const { product, inventory, productId, added } = streams();
    const row = fold([
      added(),
      inventory.event('StockReceived', { productId, quantity: 2 }),
      product.event('ProductDiscontinued', { productId, reason: 'Replaced' }),
    ]);
    expect(row?.product).toMatchObject({ name: 'Desk lamp', discontinued: true });
    expect(row?.stock).toEqual({ onHand: 2, reserved: 0 });
  });

  it('holds stock received before the product was added, with no product yet', () => {
    const { inventory, productId } = streams();
    const row = fold([inventory.event('StockReceived', { productId, quantity: 2 })]);
    expect(row).toMatchObject({ product: null, productVersion: 0, inventoryVersion: 1 });
  });

  it('tracks the later of the two streams as its update time', () => {
    const { inventory, productId, added } = streams();
    const first = inventory.event(
      'StockReceived',
      { productId, quantity: 1 },
      {
        recordedAt: new Date('2026-11-21T00:00:00Z'),
      },
    );
    const older = { ...added(), recordedAt: new Date('2026-11-20T00:00:00Z') };
    expect(fold([first, older])?.updatedAt).toEqual(first.recordedAt);
  });
});
