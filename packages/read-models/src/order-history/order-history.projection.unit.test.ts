import { randomUUID } from 'node:crypto';
import { orderStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { eur, orderPlaced } from '../shared/test-support/payloads';
import { testStream } from '../shared/test-support/recorded-events';
import { evolveOrderHistory, type OrderHistoryRow } from './order-history.projection';

const fold = (events: Parameters<typeof evolveOrderHistory>[1][]) =>
  events.reduce<OrderHistoryRow | null>(evolveOrderHistory, null);

function order() {
  const stream = testStream(orderStreamCategory);
  const orderId = stream.id;
  const next = (type: string, data: Record<string, unknown> = {}, actor = 'system:order-saga') =>
    stream.event(type, { orderId, ...data }, { actor });
  return { orderId, next };
}

describe('order history projection', () => {
  it('records one change per status change, with the event, actor and correlation id', () => {
    const { orderId, next } = order();
    const placed = next('OrderPlaced', orderPlaced(orderId, null), 'customer:ada');
    const reserved = next('OrderStockReserved');
    const row = fold([placed, reserved]);
    expect(row?.changes).toEqual([
      {
        streamVersion: 1,
        eventId: placed.eventId,
        eventType: 'OrderPlaced',
        fromStatus: null,
        toStatus: 'Placed',
        occurredAt: placed.recordedAt,
        actor: 'customer:ada',
        correlationId: placed.metadata.correlationId,
      },
      expect.objectContaining({
        streamVersion: 2,
        eventType: 'OrderStockReserved',
        fromStatus: 'Placed',
        toStatus: 'StockReserved',
        actor: 'system:order-saga',
      }),
    ]);
  });

  it('adds no change for events that keep the status, but counts the refunds they hold', () => {
    const { orderId, next } = order();
    const refund = (amountMinor: number) =>
      next('OrderRefunded', { refundId: randomUUID(), amount: eur(amountMinor), reason: 'r' });
    const row = fold([
      next('OrderPlaced', orderPlaced(orderId, null)),
      next('OrderStockReserved'),
      next('OrderPaymentAuthorized', { paymentId: 'p', amount: eur(3_000) }),
      refund(1_000),
      refund(2_000),
    ]);
    expect(row?.changes.map((change) => [change.eventType, change.toStatus])).toEqual([
      ['OrderPlaced', 'Placed'],
      ['OrderStockReserved', 'StockReserved'],
      ['OrderPaymentAuthorized', 'Paid'],
      ['OrderRefunded', 'Refunded'],
    ]);
    expect(row).toMatchObject({ status: 'Refunded', refundedMinor: 3_000, version: 5 });
  });

  it('records a cancellation caused by a declined payment as the OrderCancelled that made it', () => {
    const { orderId, next } = order();
    const row = fold([
      next('OrderPlaced', orderPlaced(orderId, null)),
      next('OrderStockReserved'),
      next('OrderPaymentDeclined', { reason: 'Card expired' }),
      next('OrderCancelled', { reason: 'Card expired' }),
    ]);
    expect(row?.changes.at(-1)).toMatchObject({
      streamVersion: 4,
      eventType: 'OrderCancelled',
      fromStatus: 'StockReserved',
      toStatus: 'Cancelled',
    });
  });

  it('returns the row itself for an event it already reflects', () => {
    const { orderId, next } = order();
    const placed = next('OrderPlaced', orderPlaced(orderId, null));
    const row = fold([placed]);
    expect(evolveOrderHistory(row, placed)).toBe(row);
  });
});
