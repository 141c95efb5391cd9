import { randomUUID } from 'node:crypto';
import { orderStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { orderPlaced } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream } from '../shared/test-support/recorded-events';
import { applyEvents } from '../test-support/apply-events';
import { getOrderHistory } from './get-order-history';
import { orderHistoryProjection } from './order-history.store';

const db = useReadModelDatabase();

describe('order history on Postgres', () => {
  it("answers an order's status changes in order; a replay adds none", async () => {
    const stream = testStream(orderStreamCategory);
    const orderId = stream.id;
    const placed = stream.event('OrderPlaced', orderPlaced(orderId, null), {
      actor: 'customer:ada',
    });
    const cancelled = stream.event(
      'OrderCancelled',
      { orderId, reason: 'Changed my mind' },
      { actor: 'admin' },
    );
    await applyEvents(db.prisma, orderHistoryProjection, [placed, cancelled]);
    await applyEvents(db.prisma, orderHistoryProjection, [placed, cancelled]);

    const { history } = await getOrderHistory(db.prisma, { orderId });
    expect(history).toEqual({
      orderId,
      status: 'Cancelled',
      changes: [
        {
          eventId: placed.eventId,
          eventType: 'OrderPlaced',
          fromStatus: null,
          toStatus: 'Placed',
          occurredAt: placed.recordedAt,
          actor: 'customer:ada',
          correlationId: placed.metadata.correlationId,
        },
        {
          eventId: cancelled.eventId,
          eventType: 'OrderCancelled',
          fromStatus: 'Placed',
          toStatus: 'Cancelled',
          occurredAt: cancelled.recordedAt,
          actor: 'admin',
          correlationId: cancelled.metadata.correlationId,
        },
      ],
    });
  });

  it('drops a generation with its changes, and answers null for an unknown order', async () => {
    const stream = testStream(orderStreamCategory);
    await applyEvents(
      db.prisma,
      orderHistoryProjection,
      [stream.event('OrderPlaced', orderPlaced(stream.id, null))],
      7,
    );
    expect(await db.prisma.orderStatusChange.count({ where: { generation: 7 } })).toBe(1);
    await db.prisma.$transaction((tx) => orderHistoryProjection.dropGeneration(tx, 7));
    expect(await db.prisma.orderStatusChange.count({ where: { generation: 7 } })).toBe(0);
    expect((await getOrderHistory(db.prisma, { orderId: randomUUID() })).history).toBeNull();
  });
});
