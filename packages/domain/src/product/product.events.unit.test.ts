import { describe, expect, it } from 'vitest';
import { UndecodableEvent } from '../shared/undecodable-event';
import { productAdded, productEventCodec, type ProductAddedV1 } from './index';

const productId = '0b7d5e3c-2f1a-4c1e-9a44-3f1c2b9d8e01';
const where = { streamId: `product-${productId}`, streamVersion: 1, globalPosition: 7n };
const stored = (schemaVersion: number, data: unknown) => ({
  type: 'ProductAdded',
  schemaVersion,
  data,
  ...where,
});

const earlyShop: ProductAddedV1 = {
  productId,
  name: 'Desk lamp',
  description: 'Warm light',
  price: '34.50',
};
const v2 = {
  productId,
  name: 'Desk lamp',
  description: 'Warm light',
  price: { amountMinor: 3_450, currency: 'EUR' },
};
const current = { ...v2, category: 'uncategorised' };

describe('ProductAdded versions', () => {
  it('is written as v3', () => {
    expect(productAdded.currentVersion).toBe(3);
    expect(productEventCodec.schemaVersionOf('ProductAdded')).toBe(3);
  });

  it('reads v1 (euro text), v2 (money) and v3 as the current shape', () => {
    expect(productEventCodec.parse(stored(1, earlyShop))).toEqual({
      type: 'ProductAdded',
      data: current,
    });
    expect(productEventCodec.parse(stored(2, v2)).data).toEqual(current);
    const v3 = { ...current, category: 'lighting' };
    expect(productEventCodec.parse(stored(3, v3)).data).toEqual(v3);
  });

  it('reads euro text exactly, without floating point', () => {
    const priceOf = (price: string) =>
      productEventCodec.parse(stored(1, { ...earlyShop, price })).data;
    expect(priceOf('34')).toMatchObject({ price: { amountMinor: 3_400, currency: 'EUR' } });
    expect(priceOf('0.29')).toMatchObject({ price: { amountMinor: 29 } });
    expect(priceOf('1999.9')).toMatchObject({ price: { amountMinor: 199_990 } });
  });

  it('still reads the v1 rows the walking skeleton stored with a money price', () => {
    const skeletonRow = { ...earlyShop, price: { amountMinor: 3_450, currency: 'EUR' } };
    expect(productEventCodec.parse(stored(1, skeletonRow)).data).toEqual(current);
  });

  it('names the field when a v1 price is malformed', () => {
    for (const price of ['34,50', '34.505', '-3', '']) {
      const read = () => productEventCodec.parse(stored(1, { ...earlyShop, price }));
      expect(read).toThrow(UndecodableEvent);
      expect(read).toThrow(expect.objectContaining({ reason: 'InvalidPayload' }));
      expect(read).toThrow(
        `Cannot read ProductAdded in stream product-${productId} at version 1 (global position 7): ` +
          `v1 payload is invalid (price: price must be euros as decimal text such as "34.50")`,
      );
    }
  });

  it('names the field when a v1 price is neither text nor money', () => {
    expect(() => productEventCodec.parse(stored(1, { ...earlyShop, price: 34.5 }))).toThrow(
      /v1 payload is invalid \(price: price must be decimal text such as "34.50" or/,
    );
  });

  it('refuses a version it does not know', () => {
    expect(() => productEventCodec.parse(stored(4, current))).toThrow(
      expect.objectContaining({ reason: 'UnknownVersion' }),
    );
  });
});
