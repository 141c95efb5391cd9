import { inventoryStreamCategory, productStreamCategory } from '@shop/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MalformedEvent } from '../shared/malformed-event';
import { interleavings } from '../shared/test-support/interleavings';
import { eur, productAdded } from '../shared/test-support/payloads';
import { testStream } from '../shared/test-support/recorded-events';
import { evolveCatalogProduct, type CatalogProductRow } from './catalog-product.projection';

const fold = (events: Parameters<typeof evolveCatalogProduct>[1][]) =>
  events.reduce<CatalogProductRow | null>(evolveCatalogProduct, null);

function productWithStock() {
  const product = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, product.id);
  const productId = product.id;
  return { product, inventory, productId };
}

describe('catalog projection', () => {
  it('lists an added product with its category, price and no stock', () => {
    const { product, productId } = productWithStock();
    const added = product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 });
    expect(fold([added])).toEqual({
      productId,
      product: {
        name: 'Desk lamp',
        description: 'Warm light',
        category: 'lighting',
        tags: [],
        price: eur(3_450),
        discontinued: false,
        addedAt: added.recordedAt,
      },
      productVersion: 1,
      stock: { onHand: 0, reserved: 0 },
      inventoryVersion: 0,
      updatedAt: added.recordedAt,
    });
  });

  it('upcasts a v1 ProductAdded: euro text becomes minor units, the category uncategorised', () => {
    const { product, productId } = productWithStock();
    const v1 = { productId, name: 'Desk lamp', description: 'Warm light', price: '12.5' };
    const row = fold([product.event('ProductAdded', v1, { schemaVersion: 1 })]);
    expect(row?.product).toMatchObject({ price: eur(1_250), category: 'uncategorised' });
  });

  it('keeps stock received before the product was added, and shows it once it is', () => {
    const { product, inventory, productId } = productWithStock();
    const received = inventory.event('StockReceived', { productId, quantity: 5 });
    const early = fold([received]);
    expect(early).toMatchObject({ product: null, stock: { onHand: 5, reserved: 0 } });
    const added = product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 });
    expect(evolveCatalogProduct(early, added)).toMatchObject({
      product: { name: 'Desk lamp' },
      stock: { onHand: 5 },
      productVersion: 1,
      inventoryVersion: 1,
    });
  });

  it('follows reservations, releases, commits and counts', () => {
    const { inventory, productId } = productWithStock();
    const orderId = crypto.randomUUID();
    const row = fold([
      inventory.event('StockReceived', { productId, quantity: 10 }),
      inventory.event('StockReserved', { productId, orderId, quantity: 3 }),
      inventory.event('StockReserved', { productId, orderId: crypto.randomUUID(), quantity: 2 }),
      inventory.event('ReservationReleased', { productId, orderId, quantity: 3 }),
      inventory.event('StockReservationRejected', {
        productId,
        orderId,
        quantity: 9,
        available: 8,
      }),
      inventory.event('ReservationCommitted', { productId, orderId, quantity: 2 }),
      inventory.event('StockAdjusted', {
        productId,
        previousOnHand: 8,
        countedOnHand: 7,
        reason: 'count',
      }),
    ]);
    expect(row?.stock).toEqual({ onHand: 7, reserved: 0 });
    expect(row?.inventoryVersion).toBe(7);
  });

  it('follows every product change and keeps a discontinued product, marked', () => {
    const { product, productId } = productWithStock();
    const row = fold([
      product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 }),
      product.event('ProductRenamed', { productId, name: 'Reading lamp' }),
      product.event('ProductDescribed', { productId, description: 'Dimmable' }),
      product.event('ProductCategorised', { productId, category: 'desk' }),
      product.event('ProductTagsSet', { productId, tags: ['gift', 'led'] }),
      product.event('ProductRepriced', { productId, price: eur(2_999) }),
      product.event('ProductDiscontinued', { productId }),
    ]);
    expect(row?.product).toMatchObject({
      name: 'Reading lamp',
      description: 'Dimmable',
      category: 'desk',
      tags: ['gift', 'led'],
      price: eur(2_999),
      discontinued: true,
    });
    expect(row?.productVersion).toBe(7);
  });

  it('returns the row itself for an event of either stream it already reflects', () => {
    const { product, inventory, productId } = productWithStock();
    const added = product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 });
    const received = inventory.event('StockReceived', { productId, quantity: 5 });
    const row = fold([added, received]);
    expect(evolveCatalogProduct(row, { ...added, data: {} })).toBe(row);
    expect(evolveCatalogProduct(row, received)).toBe(row);
  });

  it('reaches the same row whatever the order of the two streams', () => {
    const { product, inventory, productId } = productWithStock();
    const productEvents = [
      product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 }),
      product.event('ProductRepriced', { productId, price: eur(999) }),
      product.event('ProductDiscontinued', { productId }),
    ];
    const orderId = crypto.randomUUID();
    const inventoryEvents = [
      inventory.event('StockReceived', { productId, quantity: 4 }),
      inventory.event('StockReserved', { productId, orderId, quantity: 1 }),
      inventory.event('ReservationCommitted', { productId, orderId, quantity: 1 }),
    ];
    const expected = fold([...productEvents, ...inventoryEvents]);
    fc.assert(
      fc.property(interleavings(productEvents, inventoryEvents), (events) => {
        expect(fold(events)).toEqual(expected);
      }),
    );
  });

  it('refuses a malformed payload, naming the event, its type and its stream', () => {
    const { product, productId } = productWithStock();
    const bad = product.event('ProductAdded', productAdded(productId, { price: 12 }), {
      schemaVersion: 3,
    });
    const apply = () => evolveCatalogProduct(null, bad);
    expect(apply).toThrow(MalformedEvent);
    expect(apply).toThrow(bad.eventId);
    expect(apply).toThrow(`ProductAdded v3`);
    expect(apply).toThrow(bad.streamId);
    expect(apply).toThrow(/price/);
  });

  it('refuses a payload about another product than its stream', () => {
    const { product } = productWithStock();
    const elsewhere = product.event('ProductAdded', productAdded(crypto.randomUUID()), {
      schemaVersion: 3,
    });
    expect(() => evolveCatalogProduct(null, elsewhere)).toThrow(/payload is about/);
  });

  it('refuses a product change with no ProductAdded before it', () => {
    const { product, productId } = productWithStock();
    product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 });
    const renamed = product.event('ProductRenamed', { productId, name: 'Lost' });
    expect(() => evolveCatalogProduct(null, renamed)).toThrow(/no ProductAdded before it/);
  });

  it('refuses an event of a stream that is neither a product nor an inventory', () => {
    const cart = testStream('cart');
    const event = cart.event('CartItemAdded', {});
    expect(() => evolveCatalogProduct(null, event)).toThrow(/neither a product nor an inventory/);
  });
});
