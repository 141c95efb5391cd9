import { orderStreamCategory } from '@shop/domain';
import type { Prisma } from '../generated/prisma/client';
import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';
import type { PostgresProjection } from '../runtime/projection';
import { orderStatusSchema } from '../shared/order-progress';
import { orderEventTypes } from '../shared/order-summary';
import type { RowTable } from '../shared/row-table';
import { parseColumn } from '../shared/stored-row';
import { streamRowProjection } from '../shared/stream-row-projection';
import {
  evolveOrderHistory,
  type OrderHistoryRow,
  type StatusChange,
} from './order-history.projection';

export const orderHistoryProjectionName = 'order-history';

const headSelect = {
  orderId: true,
  status: true,
  paidMinor: true,
  refundedMinor: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.OrderHistorySelect;

const changeSelect = {
  streamVersion: true,
  eventId: true,
  eventType: true,
  fromStatus: true,
  toStatus: true,
  occurredAt: true,
  actor: true,
  correlationId: true,
} satisfies Prisma.OrderStatusChangeSelect;

const status = (value: string) => parseColumn(orderStatusSchema, value, 'status');

/** The order's head and its changes, oldest first; null for an order not placed (as far as read). */
export async function loadOrderHistory(
  client: ReadModelsPrisma | ReadModelsTransaction,
  generation: number,
  orderId: string,
): Promise<OrderHistoryRow | null> {
  const head = await client.orderHistory.findUnique({
    where: { generation_orderId: { generation, orderId } },
    select: headSelect,
  });
  if (!head) return null;
  const changes = await client.orderStatusChange.findMany({
    where: { generation, orderId },
    select: changeSelect,
    orderBy: { streamVersion: 'asc' },
  });
  return {
    ...head,
    status: status(head.status),
    changes: changes.map((change): StatusChange => ({
      ...change,
      fromStatus: change.fromStatus === null ? null : status(change.fromStatus),
      toStatus: status(change.toStatus),
    })),
  };
}

const orderHistoryTable: RowTable<OrderHistoryRow> = {
  load: loadOrderHistory,
  async save(tx, generation, { changes, ...head }) {
    await tx.orderHistory.upsert({
      where: { generation_orderId: { generation, orderId: head.orderId } },
      create: { generation, ...head },
      update: head,
      select: { orderId: true },
    });
    // Only the event just applied can have added a change, and then it is the last one.
    const added = changes.at(-1);
    if (added?.streamVersion !== head.version) return;
    await tx.orderStatusChange.create({
      data: { generation, orderId: head.orderId, ...added },
      select: { streamVersion: true },
    });
  },
  async dropGeneration(tx, generation) {
    await tx.orderStatusChange.deleteMany({ where: { generation } });
    await tx.orderHistory.deleteMany({ where: { generation } });
  },
};

/** Each order's status history, fed by order events. */
export const orderHistoryProjection: PostgresProjection = streamRowProjection({
  name: orderHistoryProjectionName,
  category: orderStreamCategory,
  handles: orderEventTypes,
  evolve: evolveOrderHistory,
  table: orderHistoryTable,
});
