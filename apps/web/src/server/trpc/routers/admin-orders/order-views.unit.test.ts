import { randomUUID } from 'node:crypto';
import { fold, orderAggregate, type OrderEvent, type OrderState } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { orderActions } from './order-actions';
import type { OrderHistory } from './order-history';
import { orderStateView } from './order-state-view';
import { orderTimeline } from './timeline-view';

const orderId = randomUUID();
const customerId = randomUUID();
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const placed: OrderEvent = {
  type: 'OrderPlaced',
  data: {
    orderId,
    cartId: randomUUID(),
    customerId,
    lines: [{ productId: randomUUID(), name: 'Desk lamp', unitPrice: eur(2_500), quantity: 2 }],
    shippingAddress: {
      recipient: 'Ada Lovelace',
      line1: '12 St James Square',
      line2: '',
      postalCode: 'SW1Y 4JH',
      city: 'London',
      country: 'GB',
    },
    total: eur(5_000),
    placedAt: '2026-11-20T10:00:00.000Z',
  },
};
const paid: OrderEvent[] = [
  placed,
  { type: 'OrderStockReserved', data: { orderId } },
  { type: 'OrderPaymentAuthorized', data: { orderId, paymentId: 'pay_1', amount: eur(5_000) } },
];
const confirmed: OrderEvent[] = [...paid, { type: 'OrderConfirmed', data: { orderId } }];
const shipped: OrderEvent[] = [
  ...confirmed,
  { type: 'OrderShipped', data: { orderId, carrier: 'DHL', trackingNumber: 'JD1' } },
  { type: 'OrderPaymentCaptured', data: { orderId, paymentId: 'pay_1' } },
];
const refund = (amountMinor: number): OrderEvent => ({
  type: 'OrderRefunded',
  data: { orderId, refundId: randomUUID(), amount: eur(amountMinor), reason: 'Scratched' },
});

const stateAfter = (events: readonly OrderEvent[]): OrderState =>
  fold(orderAggregate.decider, events);

/** The history as the event store gives it: each event in its envelope, one caused by the last. */
function history(events: readonly OrderEvent[]): OrderHistory {
  const ids = events.map(() => randomUUID());
  return {
    state: stateAfter(events),
    streamVersion: events.length,
    events: events.map((event, index) => ({
      ...event,
      eventId: ids[index] ?? '',
      schemaVersion: 1,
      streamId: `order-${orderId}`,
      streamVersion: index + 1,
      transactionId: 700n + BigInt(index),
      globalPosition: 40n + BigInt(index),
      recordedAt: new Date(Date.UTC(2026, 10, 20, 10, index)),
      metadata: {
        correlationId: randomUUID(),
        causationId: index === 0 ? randomUUID() : (ids[index - 1] ?? ''),
        actor: index === 0 ? `customer:${customerId}` : 'system:order-saga',
      },
    })) as OrderHistory['events'],
  };
}

describe('orderStateView', () => {
  it('shows each stage with what the aggregate holds then', () => {
    expect(orderStateView(stateAfter([]))).toEqual({
      status: 'Unplaced',
      total: null,
      payment: null,
      shipment: null,
    });
    expect(orderStateView(stateAfter([placed]))).toMatchObject({
      status: 'Placed',
      total: { amountMinor: 5_000, formatted: '€50.00' },
      payment: null,
    });
    expect(orderStateView(stateAfter([...shipped, refund(1_250)]))).toEqual({
      status: 'Shipped',
      total: { amountMinor: 5_000, currency: 'EUR', formatted: '€50.00' },
      payment: {
        paymentId: 'pay_1',
        amount: { amountMinor: 5_000, currency: 'EUR', formatted: '€50.00' },
        captured: true,
        refunded: { amountMinor: 1_250, currency: 'EUR', formatted: '€12.50' },
        refundable: { amountMinor: 3_750, currency: 'EUR', formatted: '€37.50' },
      },
      shipment: { carrier: 'DHL', trackingNumber: 'JD1' },
    });
  });
});

describe('orderActions', () => {
  it("offers what the order's status allows", () => {
    const none = { ship: false, deliver: false, cancel: false, refund: false };
    expect(orderActions(stateAfter([placed]))).toEqual({ ...none, cancel: true });
    expect(orderActions(stateAfter(confirmed))).toEqual({
      ...none,
      ship: true,
      cancel: true,
      refund: true,
    });
    expect(orderActions(stateAfter(shipped))).toEqual({ ...none, deliver: true, refund: true });
    expect(orderActions(stateAfter([...shipped, refund(5_000)]))).toEqual(none);
    const cancelled = [...confirmed, { type: 'OrderCancelled', data: { orderId, reason: 'No' } }];
    expect(orderActions(stateAfter(cancelled as OrderEvent[]))).toEqual({ ...none, refund: true });
  });
});

describe('orderTimeline', () => {
  it('gives the order as placed, its events with their envelopes, and where it stands', () => {
    const timeline = orderTimeline(history(confirmed), { email: 'ada@shop.example', name: 'Ada' });
    expect(timeline).toMatchObject({
      orderId,
      placedAt: new Date('2026-11-20T10:00:00.000Z'),
      customer: { customerId, email: 'ada@shop.example', name: 'Ada' },
      lines: [{ name: 'Desk lamp', quantity: 2, lineTotal: { formatted: '€50.00' } }],
      current: { status: 'Confirmed' },
      actions: { ship: true },
    });
    expect(
      timeline?.events.map(({ streamVersion, type, causedBy }) => [streamVersion, type, causedBy]),
    ).toEqual([
      [1, 'OrderPlaced', null],
      [2, 'OrderStockReserved', 1],
      [3, 'OrderPaymentAuthorized', 2],
      [4, 'OrderConfirmed', 3],
    ]);
    expect(timeline?.events[0]).toMatchObject({
      position: '700:40',
      actor: `customer:${customerId}`,
      payload: placed.data,
    });
  });

  it('is null without an OrderPlaced, and labels an unknown customer by id only', () => {
    expect(orderTimeline(history([]), null)).toBeNull();
    expect(orderTimeline(history([placed]), null)?.customer).toEqual({
      customerId,
      email: null,
      name: null,
    });
  });
});
