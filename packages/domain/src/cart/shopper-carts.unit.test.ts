import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstOpenSequence, isShopperCart, shopperCartId } from './shopper-carts';

const ada = '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e01';
const grace = '0b7f1d4e-8a2c-4c6e-9f10-1a2b3c4d5e02';

describe('shopperCartId', () => {
  it('names the same cart for the same shopper and number, and another otherwise', () => {
    expect(shopperCartId(ada, 0)).toBe(shopperCartId(ada, 0));
    expect(shopperCartId(ada, 0)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(
      new Set([shopperCartId(ada, 0), shopperCartId(ada, 1), shopperCartId(grace, 0)]).size,
    ).toBe(3);
  });

  it('refuses a number that is not a cart number', () => {
    for (const sequence of [-1, 1.5, Number.NaN, 2 ** 31]) {
      expect(() => shopperCartId(ada, sequence)).toThrow(RangeError);
    }
  });
});

describe('isShopperCart', () => {
  it("knows the shopper's carts up to the open one, and no one else's", () => {
    expect(isShopperCart(ada, shopperCartId(ada, 2), 2)).toBe(true);
    expect(isShopperCart(ada, shopperCartId(ada, 0), 2)).toBe(true);
    expect(isShopperCart(ada, shopperCartId(ada, 3), 2)).toBe(false);
    expect(isShopperCart(ada, shopperCartId(grace, 0), 2)).toBe(false);
  });
});

describe('firstOpenSequence', () => {
  const closedBelow = (open: number) => {
    const probes: number[] = [];
    const isClosed = (sequence: number) => {
      probes.push(sequence);
      return Promise.resolve(sequence < open);
    };
    return { isClosed, probes };
  };

  it('is the first cart for a shopper who never checked out, after one probe', async () => {
    const { isClosed, probes } = closedBelow(0);
    expect(await firstOpenSequence(isClosed)).toBe(0);
    expect(probes).toEqual([0]);
  });

  it('finds the first open cart after any number of checkouts, in logarithmic probes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100_000 }), async (open) => {
        const { isClosed, probes } = closedBelow(open);
        expect(await firstOpenSequence(isClosed)).toBe(open);
        expect(probes.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(open + 2)) + 1);
      }),
    );
  });
});
