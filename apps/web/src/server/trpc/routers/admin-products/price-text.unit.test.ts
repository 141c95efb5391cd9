import { decimalPriceSchema } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { priceText } from './price-text';

const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });

describe('priceText', () => {
  it('writes minor units as the decimal a price field reads', () => {
    expect(priceText(eur(1_250))).toBe('12.50');
    expect(priceText(eur(7))).toBe('0.07');
    expect(priceText(eur(100_000))).toBe('1000.00');
  });

  it('reads back, through the domain schema, as the same amount', () => {
    for (const amountMinor of [1, 99, 100, 1_999, 123_456_789]) {
      expect(decimalPriceSchema.parse(priceText(eur(amountMinor)))).toBe(amountMinor);
    }
  });
});
