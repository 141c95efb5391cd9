import { randomUUID } from 'node:crypto';
import { customerStreamCategory, orderStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { eur, orderPlaced } from '../shared/test-support/payloads';
import { testStream } from '../shared/test-support/recorded-events';
import { evolveAdminCustomer } from './admin-customer.projection';
import { evolveAdminOrder, labelOrder } from './admin-order.projection';

function customer() {
  const stream = testStream(customerStreamCategory);
  const customerId = stream.id;
  const registered = () =>
    stream.event('CustomerRegistered', { customerId, email: 'ada@example.com', name: 'Ada' });
  return { stream, customerId, registered };
}

function placedOrder(customerId: string | null) {
  const stream = testStream(orderStreamCategory);
  return evolveAdminOrder(null, stream.event('OrderPlaced', orderPlaced(stream.id, customerId)));
}

describe('admin order projection', () => {
  it('starts an order unlabelled, with its total and item count', () => {
    const row = placedOrder(randomUUID());
    expect(row).toMatchObject({
      status: 'Placed',
      total: eur(3_000),
      itemCount: 3,
      customerEmail: null,
      customerName: null,
    });
  });

  it("labels an order with its own customer's email and name only", () => {
    const { customerId, registered } = customer();
    const known = evolveAdminCustomer(null, registered());
    expect(labelOrder(placedOrder(customerId), known)).toMatchObject({
      customerEmail: 'ada@example.com',
      customerName: 'Ada',
    });
    const other = placedOrder(randomUUID());
    expect(labelOrder(other, known)).toBe(other);
    const guest = placedOrder(null);
    expect(labelOrder(guest, known)).toBe(guest);
  });
});

describe('admin customer projection', () => {
  it('keeps the registered email and follows renames', () => {
    const { stream, customerId, registered } = customer();
    const row = [
      registered(),
      stream.event('CustomerRenamed', { customerId, name: 'Ada King' }),
    ].reduce(evolveAdminCustomer, null);
    expect(row).toMatchObject({
      customerId,
      email: 'ada@example.com',
      name: 'Ada King',
      version: 2,
    });
  });

  it('refuses a rename with no registration before it', () => {
    const { stream, customerId } = customer();
    const renamed = stream.event('CustomerRenamed', { customerId, name: 'Ada' });
    expect(() => evolveAdminCustomer(null, renamed)).toThrow(/no CustomerRegistered before it/);
  });
});
