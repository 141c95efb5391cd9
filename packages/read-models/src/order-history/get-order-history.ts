import { z } from 'zod';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpoint, readModelCheckpointSchema } from '../shared/checkpoint';
import { orderStatusSchema } from '../shared/order-progress';
import { readProjection } from '../shared/read-projection';
import { loadOrderHistory, orderHistoryProjectionName } from './order-history.store';

export const getOrderHistoryInputSchema = z.object({ orderId: z.uuid() });
export type GetOrderHistoryInput = z.input<typeof getOrderHistoryInputSchema>;

export const statusChangeViewSchema = z.object({
  eventId: z.uuid(),
  eventType: z.string(),
  /** Null for the first change: the order being placed. */
  fromStatus: orderStatusSchema.nullable(),
  toStatus: orderStatusSchema,
  occurredAt: z.date(),
  /** `admin`, `customer:<id>` or `system:<process>`. */
  actor: z.string(),
  correlationId: z.uuid(),
});
export type StatusChangeView = z.infer<typeof statusChangeViewSchema>;

export const orderHistoryResultSchema = z.object({
  history: z
    .object({
      orderId: z.uuid(),
      status: orderStatusSchema,
      changes: z.array(statusChangeViewSchema),
    })
    .nullable(),
  checkpoint: readModelCheckpointSchema,
});
export type OrderHistoryResult = z.infer<typeof orderHistoryResultSchema>;

/** An order's status changes, oldest first, with the checkpoint they reflect. */
export async function getOrderHistory(
  prisma: ReadModelsPrisma,
  input: GetOrderHistoryInput,
): Promise<OrderHistoryResult> {
  const { orderId } = getOrderHistoryInputSchema.parse(input);
  return readProjection(prisma, orderHistoryProjectionName, async (tx, generation) => {
    const row = await loadOrderHistory(tx, generation, orderId);
    if (!row) return { history: null };
    const changes = row.changes.map(({ streamVersion: _, ...change }) => change);
    return { history: { orderId, status: row.status, changes } };
  });
}

export const getOrderHistoryCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, orderHistoryProjectionName);
