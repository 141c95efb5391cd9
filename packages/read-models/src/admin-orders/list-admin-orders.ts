import { moneySchema } from '@shop/domain';
import { z } from 'zod';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpoint, readModelCheckpointSchema } from '../shared/checkpoint';
import { orderStatusSchema } from '../shared/order-progress';
import { pageInfo, pageInfoSchema, skipTake } from '../shared/page';
import { readProjection } from '../shared/read-projection';
import type { AdminOrderRow } from './admin-order.projection';
import { adminOrdersProjectionName } from './admin-orders.store';
import { adminOrderFromColumns, adminOrderSelect } from './admin-orders.tables';
import {
  adminOrdersWhere,
  listAdminOrdersInputSchema,
  type ListAdminOrdersInput,
} from './list-admin-orders.input';

export const adminOrderViewSchema = z.object({
  orderId: z.uuid(),
  /** Null for a guest's order; email and name null until the customer stream has been read. */
  customer: z
    .object({ customerId: z.uuid(), email: z.string().nullable(), name: z.string().nullable() })
    .nullable(),
  status: orderStatusSchema,
  total: moneySchema,
  /** The payment authorized; null before payment or once voided. */
  paid: moneySchema.nullable(),
  refunded: moneySchema,
  itemCount: z.number().int().positive(),
  placedAt: z.date(),
  updatedAt: z.date(),
});
export type AdminOrderView = z.infer<typeof adminOrderViewSchema>;

/** Of every order the filter selects, not only the page: a count, and a sum per currency. */
export const adminOrderTotalsSchema = z.object({
  count: z.number().int().nonnegative(),
  byCurrency: z.array(
    z.object({ currency: z.string(), count: z.number().int().positive(), total: moneySchema }),
  ),
});

export const adminOrdersPageSchema = z.object({
  orders: z.array(adminOrderViewSchema),
  totals: adminOrderTotalsSchema,
  page: pageInfoSchema,
  checkpoint: readModelCheckpointSchema,
});
export type AdminOrdersPage = z.infer<typeof adminOrdersPageSchema>;

function adminOrderView(row: AdminOrderRow): AdminOrderView {
  const { orderId, customerId, status, total, itemCount, placedAt, updatedAt } = row;
  const money = (amountMinor: number) => ({ amountMinor, currency: total.currency });
  return {
    orderId,
    customer:
      customerId === null ? null : { customerId, email: row.customerEmail, name: row.customerName },
    status,
    total,
    paid: row.paidMinor === null ? null : money(row.paidMinor),
    refunded: money(row.refundedMinor),
    itemCount,
    placedAt,
    updatedAt,
  };
}

/** The back office's orders, newest first, filtered, with totals and the checkpoint they reflect. */
export async function listAdminOrders(
  prisma: ReadModelsPrisma,
  input: ListAdminOrdersInput = {},
): Promise<AdminOrdersPage> {
  const query = listAdminOrdersInputSchema.parse(input);
  return readProjection(prisma, adminOrdersProjectionName, async (tx, generation) => {
    const where = adminOrdersWhere(generation, query);
    const [rows, sums] = await Promise.all([
      tx.adminOrder.findMany({
        where,
        select: adminOrderSelect,
        orderBy: [{ placedAt: 'desc' }, { orderId: 'asc' }],
        ...skipTake(query),
      }),
      tx.adminOrder.groupBy({
        by: ['currency'],
        where,
        _count: { _all: true },
        _sum: { totalMinor: true },
        orderBy: { currency: 'asc' },
      }),
    ]);
    const byCurrency = sums.map(({ currency, _count, _sum }) => ({
      currency,
      count: _count._all,
      total: { amountMinor: _sum.totalMinor ?? 0, currency },
    }));
    const count = byCurrency.reduce((all, { count: n }) => all + n, 0);
    return {
      orders: rows.map((columns) => adminOrderView(adminOrderFromColumns(columns))),
      totals: { count, byCurrency },
      page: pageInfo(query, count),
    };
  });
}

export const getAdminOrdersCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, adminOrdersProjectionName);
