import { randomUUID } from 'node:crypto';
import { UndecodableEvent, type RecordedEvent } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { isInStock, isListed, noProductPart, noStockPart } from './search-document';
import { evolveProductPart, evolveStockPart } from './search-document.evolve';
import { MalformedSearchEvent } from './search-events';
import {
  documentFrom as fold,
  inventoryStream,
  listedProduct,
  productStream,
} from './test-support/search-events';

const addedAt = new Date('2026-11-23T10:00:00.000Z');

describe('the search document', () => {
  it('is made from the product stream and the inventory stream together', () => {
    const lamp = listedProduct({
      name: 'Desk lamp',
      category: 'home',
      tags: ['office', 'office'],
      priceMinor: 3_450,
      stock: 2,
      addedAt,
    });
    expect(fold(lamp.events)).toEqual({
      productId: lamp.productId,
      productVersion: 2,
      product: {
        name: 'Desk lamp',
        description: '',
        category: 'home',
        tags: ['office'],
        price: { amountMinor: 3_450, currency: 'EUR' },
        addedAt: addedAt.toISOString(),
        discontinued: false,
      },
      inventoryVersion: 1,
      stock: { onHand: 2, reserved: 0 },
    });
  });

  it('reads older versions of ProductAdded through the domain upcasters', () => {
    const product = productStream();
    const v1 = {
      ...product.event('ProductAdded', {
        name: 'Old lamp',
        description: '',
        category: 'x',
        price: { amountMinor: 1, currency: 'EUR' },
      }),
      schemaVersion: 1,
      data: { productId: product.productId, name: 'Old lamp', description: '', price: '12.50' },
    };
    expect(fold([v1]).product).toMatchObject({
      price: { amountMinor: 1_250, currency: 'EUR' },
      category: 'uncategorised',
    });
  });

  it('returns the very same part for an event it already reflects', () => {
    const lamp = listedProduct({ name: 'Desk lamp', stock: 2 });
    const [added, received] = lamp.events as [RecordedEvent, RecordedEvent];
    const product = evolveProductPart(noProductPart, added);
    const stock = evolveStockPart(noStockPart, received);
    expect(evolveProductPart(product, added)).toBe(product);
    expect(evolveStockPart(stock, received)).toBe(stock);
  });

  it('follows stock through reservations, releases, shipments and counts', () => {
    const lamp = listedProduct({ name: 'Desk lamp', stock: 3 });
    const stock = lamp.inventory;
    const [a, b] = [randomUUID(), randomUUID()];
    const steps = [
      stock.event('StockReserved', { orderId: a, quantity: 2 }),
      stock.event('StockReserved', { orderId: b, quantity: 1 }),
      stock.event('StockReservationRejected', { orderId: randomUUID(), quantity: 5, available: 0 }),
      stock.event('ReservationCommitted', { orderId: a, quantity: 2 }),
      stock.event('ReservationReleased', { orderId: b, quantity: 1 }),
      stock.event('StockAdjusted', { previousOnHand: 1, countedOnHand: 0, reason: 'broken' }),
    ];
    const seen = steps.map((_, n) => fold([...lamp.events, ...steps.slice(0, n + 1)]));
    seen.unshift(fold(lamp.events));
    expect(seen.map(({ stock: { onHand, reserved } }) => [onHand, reserved])).toEqual([
      [3, 0],
      [3, 2],
      [3, 3],
      [3, 3],
      [1, 1],
      [1, 0],
      [0, 0],
    ]);
    expect(seen.map(({ stock: s }) => isInStock(s))).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
  });

  it('follows a product through renames, new prices, categories and discontinuation', () => {
    const lamp = listedProduct({ name: 'Desk lamp' });
    const { product } = lamp;
    const document = fold([
      ...lamp.events,
      product.event('ProductRenamed', { name: 'Reading lamp' }),
      product.event('ProductDescribed', { description: 'Dimmable' }),
      product.event('ProductCategorised', { category: 'lighting' }),
      product.event('ProductRepriced', { price: { amountMinor: 2_999, currency: 'EUR' } }),
    ]);
    expect(document.product).toMatchObject({
      name: 'Reading lamp',
      description: 'Dimmable',
      category: 'lighting',
      price: { amountMinor: 2_999 },
    });
    expect(isListed(document.product)).toBe(true);
    const gone = evolveProductPart(
      { version: document.productVersion, state: document.product },
      product.event('ProductDiscontinued', {}),
    );
    expect(isListed(gone.state)).toBe(false);
  });

  it('keeps stock for a product search has not seen added, and lists nothing for it', () => {
    const productId = randomUUID();
    const stock = inventoryStream(productId).event('StockReceived', { quantity: 1 });
    const renamed = {
      ...productStream(productId).event('ProductRenamed', { name: 'x' }),
      streamVersion: 2,
    };
    const document = fold([stock, renamed]);
    expect(document).toMatchObject({ product: null, productVersion: 2, stock: { onHand: 1 } });
    expect(isListed(document.product)).toBe(false);
  });

  it('strips the highlight markers from stored text', () => {
    expect(fold(listedProduct({ name: 'De\uE000sk lamp\uE001' }).events).product?.name).toBe(
      'Desk lamp',
    );
  });

  it('refuses an event of another stream or naming another product, and an unreadable payload', () => {
    const lamp = listedProduct({ name: 'Desk lamp' });
    const [added] = lamp.events as [RecordedEvent];
    expect(() => evolveProductPart(noProductPart, { ...added, streamId: 'order-1' })).toThrow(
      MalformedSearchEvent,
    );
    expect(() =>
      evolveProductPart(noProductPart, {
        ...added,
        data: { ...(added.data as object), productId: randomUUID() },
      }),
    ).toThrow(/names product/);
    expect(() => evolveProductPart(noProductPart, { ...added, data: { name: 3 } })).toThrow(
      UndecodableEvent,
    );
  });
});
