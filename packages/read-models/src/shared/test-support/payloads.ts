import { randomUUID } from 'node:crypto';
import type { Money } from '@shop/domain';

/** Payloads of the current schema versions, for tests to start from and override. */

export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });

export const productAdded = (productId: string, overrides: Record<string, unknown> = {}) => ({
  productId,
  name: 'Desk lamp',
  description: 'Warm light',
  price: eur(3_450),
  category: 'lighting',
  ...overrides,
});

export const address = {
  recipient: 'Ada Lovelace',
  line1: '12 St James Square',
  line2: '',
  postalCode: 'SW1Y 4JH',
  city: 'London',
  country: 'GB',
};

export const line = (overrides: Record<string, unknown> = {}) => ({
  productId: randomUUID(),
  name: 'Desk lamp',
  unitPrice: eur(1_000),
  quantity: 1,
  ...overrides,
});

export const orderPlaced = (
  orderId: string,
  customerId: string | null,
  overrides: Record<string, unknown> = {},
) => ({
  orderId,
  cartId: randomUUID(),
  customerId,
  lines: [line({ quantity: 3 })],
  shippingAddress: address,
  total: eur(3_000),
  placedAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});
