import { moneySchema } from '@shop/domain';
import { z } from 'zod';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpoint, readModelCheckpointSchema } from '../shared/checkpoint';
import { orderStatusSchema } from '../shared/order-progress';
import { pageInfo, pageInfoSchema, pageInputSchema, skipTake } from '../shared/page';
import { readProjection } from '../shared/read-projection';
import type { CustomerOrderRow } from './customer-order.projection';
import {
  customerOrderFromColumns,
  customerOrderSelect,
  customerOrdersProjectionName,
} from './customer-order.store';

/** `customerId` is the signed-in shopper's: the caller takes it from the session, never the client. */
export const listCustomerOrdersInputSchema = pageInputSchema.extend({ customerId: z.uuid() });
export type ListCustomerOrdersInput = z.input<typeof listCustomerOrdersInputSchema>;

export const customerOrderViewSchema = z.object({
  orderId: z.uuid(),
  status: orderStatusSchema,
  total: moneySchema,
  refunded: moneySchema,
  itemCount: z.number().int().positive(),
  lines: z.array(
    z.object({
      productId: z.uuid(),
      name: z.string(),
      unitPrice: moneySchema,
      quantity: z.number().int().positive(),
    }),
  ),
  shipment: z.object({ carrier: z.string(), trackingNumber: z.string() }).nullable(),
  /** Why the order was cancelled; null unless it was. */
  cancellationReason: z.string().nullable(),
  placedAt: z.date(),
  updatedAt: z.date(),
});
export type CustomerOrderView = z.infer<typeof customerOrderViewSchema>;

export const customerOrdersPageSchema = z.object({
  orders: z.array(customerOrderViewSchema),
  page: pageInfoSchema,
  checkpoint: readModelCheckpointSchema,
});
export type CustomerOrdersPage = z.infer<typeof customerOrdersPageSchema>;

export function customerOrderView(row: CustomerOrderRow): CustomerOrderView {
  const { orderId, status, total, itemCount, lines, cancellationReason, placedAt, updatedAt } = row;
  const { carrier, trackingNumber } = row;
  return {
    orderId,
    status,
    total,
    refunded: { amountMinor: row.refundedMinor, currency: total.currency },
    itemCount,
    lines: [...lines],
    shipment: carrier !== null && trackingNumber !== null ? { carrier, trackingNumber } : null,
    cancellationReason,
    placedAt,
    updatedAt,
  };
}

/** A shopper's orders, newest first, a page at a time, with the checkpoint they reflect. */
export async function listCustomerOrders(
  prisma: ReadModelsPrisma,
  input: ListCustomerOrdersInput,
): Promise<CustomerOrdersPage> {
  const query = listCustomerOrdersInputSchema.parse(input);
  return readProjection(prisma, customerOrdersProjectionName, async (tx, generation) => {
    const where = { generation, customerId: query.customerId };
    const [rows, totalItems] = await Promise.all([
      tx.customerOrder.findMany({
        where,
        select: customerOrderSelect,
        orderBy: [{ placedAt: 'desc' }, { orderId: 'asc' }],
        ...skipTake(query),
      }),
      tx.customerOrder.count({ where }),
    ]);
    const orders = rows.map((columns) => customerOrderView(customerOrderFromColumns(columns)));
    return { orders, page: pageInfo(query, totalItems) };
  });
}

export const getCustomerOrdersCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, customerOrdersProjectionName);
