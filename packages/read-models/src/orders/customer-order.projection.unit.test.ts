import { randomUUID } from 'node:crypto';
import { orderStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { eur, orderPlaced } from '../shared/test-support/payloads';
import { testStream } from '../shared/test-support/recorded-events';
import { evolveCustomerOrder, type CustomerOrderRow } from './customer-order.projection';

const fold = (events: Parameters<typeof evolveCustomerOrder>[1][]) =>
  events.reduce<CustomerOrderRow | null>(evolveCustomerOrder, null);

function order(customerId: string | null = randomUUID()) {
  const stream = testStream(orderStreamCategory);
  const orderId = stream.id;
  const next = (type: string, data: Record<string, unknown> = {}) =>
    stream.event(type, { orderId, ...data });
  return {
    stream,
    orderId,
    customerId,
    placed: () => next('OrderPlaced', orderPlaced(orderId, customerId)),
    next,
  };
}

describe('customer order projection', () => {
  it('starts at OrderPlaced with the customer, the lines and the total', () => {
    const { orderId, customerId, placed } = order();
    const event = placed();
    expect(fold([event])).toMatchObject({
      orderId,
      customerId,
      status: 'Placed',
      total: eur(3_000),
      itemCount: 3,
      lines: [{ name: 'Desk lamp', quantity: 3 }],
      placedAt: new Date('2026-11-20T10:00:00.000Z'),
      paidMinor: null,
      refundedMinor: 0,
      carrier: null,
      cancellationReason: null,
      version: 1,
      updatedAt: event.recordedAt,
    });
  });

  it('keeps a guest order, with no customer', () => {
    const { placed } = order(null);
    expect(fold([placed()])?.customerId).toBeNull();
  });

  it('follows the order to delivery, with its shipment, and to a refund in two parts', () => {
    const { placed, next } = order();
    const delivered = fold([
      placed(),
      next('OrderStockReserved'),
      next('OrderPaymentAuthorized', { paymentId: 'pay_1', amount: eur(3_000) }),
      next('OrderConfirmed'),
      next('OrderShipped', { carrier: 'DHL', trackingNumber: 'JD01' }),
      next('OrderPaymentCaptured', { paymentId: 'pay_1' }),
      next('OrderDelivered'),
      next('OrderRefunded', { refundId: randomUUID(), amount: eur(1_000), reason: 'Broken' }),
    ]);
    expect(delivered).toMatchObject({
      status: 'Delivered',
      paidMinor: 3_000,
      refundedMinor: 1_000,
      carrier: 'DHL',
      trackingNumber: 'JD01',
      version: 8,
    });
    const refunded = evolveCustomerOrder(
      delivered,
      next('OrderRefunded', { refundId: randomUUID(), amount: eur(2_000), reason: 'Broken' }),
    );
    expect(refunded).toMatchObject({ status: 'Refunded', refundedMinor: 3_000 });
  });

  it('cancels on a failed reservation, and a voided payment leaves nothing to refund', () => {
    const { placed, next } = order();
    const row = fold([
      placed(),
      next('OrderStockReserved'),
      next('OrderPaymentAuthorized', { paymentId: 'pay_1', amount: eur(3_000) }),
      next('OrderCancelled', { reason: 'Changed my mind' }),
      next('OrderPaymentVoided', { paymentId: 'pay_1' }),
      next('OrderRefunded', { refundId: randomUUID(), amount: eur(3_000), reason: 'odd' }),
    ]);
    expect(row).toMatchObject({
      status: 'Cancelled',
      cancellationReason: 'Changed my mind',
      paidMinor: null,
      refundedMinor: 0,
    });
  });

  it('keeps the reason of the cancellation that moved the order, not of a later one', () => {
    const { placed, next } = order();
    const row = fold([
      placed(),
      next('OrderStockReserved'),
      next('OrderPaymentDeclined', { reason: 'Card declined' }),
      next('OrderCancelled', { reason: 'Payment declined: Card declined' }),
      next('OrderCancelled', { reason: 'Asked twice' }),
    ]);
    expect(row).toMatchObject({
      status: 'Cancelled',
      cancellationReason: 'Payment declined: Card declined',
    });
  });

  it('keeps the status for an event its status does not allow, as the aggregate does', () => {
    const { placed, next } = order();
    const row = fold([placed(), next('OrderConfirmed'), next('OrderDelivered')]);
    expect(row).toMatchObject({ status: 'Placed', version: 3 });
  });

  it('returns the row itself for an event it already reflects', () => {
    const { placed } = order();
    const event = placed();
    const row = fold([event]);
    expect(evolveCustomerOrder(row, event)).toBe(row);
  });

  it('refuses an order event with no OrderPlaced before it, naming the event', () => {
    const { next } = order();
    const confirmed = next('OrderConfirmed');
    expect(() => evolveCustomerOrder(null, confirmed)).toThrow(
      new RegExp(`${confirmed.eventId}.*no OrderPlaced before it`),
    );
  });
});
