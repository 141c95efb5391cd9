import type { Money } from '@shop/domain';

/** Minor units as the decimal text a price field takes back (1250 → "12.50"), without floats. */
export const priceText = ({ amountMinor }: Money): string =>
  `${Math.trunc(amountMinor / 100)}.${String(amountMinor % 100).padStart(2, '0')}`;
