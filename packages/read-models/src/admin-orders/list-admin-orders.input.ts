import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import { orderStatusSchema } from '../shared/order-progress';
import { pageInputSchema } from '../shared/page';
import { orderSearchWhere } from './order-search';

export const listAdminOrdersInputSchema = pageInputSchema
  .extend({
    /** Any of these statuses; all when absent. */
    statuses: z.array(orderStatusSchema).min(1).optional(),
    customerId: z.uuid().optional(),
    /** Part of the customer's email, any case. */
    customerEmail: z.string().trim().min(1).max(254).optional(),
    /** Placed at or after. */
    placedFrom: z.date().optional(),
    /** Placed strictly before, so consecutive ranges neither overlap nor leave gaps. */
    placedBefore: z.date().optional(),
    /** The start of an order id, or part of the customer's email. */
    search: z.string().trim().min(1).max(254).optional(),
  })
  .refine(
    ({ placedFrom, placedBefore }) => !placedFrom || !placedBefore || placedFrom < placedBefore,
    { message: 'The range must start before it ends', path: ['placedBefore'] },
  );
export type ListAdminOrdersInput = z.input<typeof listAdminOrdersInputSchema>;
type AdminOrdersFilter = z.output<typeof listAdminOrdersInputSchema>;

export function adminOrdersWhere(
  generation: number,
  filter: AdminOrdersFilter,
): Prisma.AdminOrderWhereInput {
  const { statuses, customerId, customerEmail, placedFrom, placedBefore, search } = filter;
  return {
    generation,
    status: statuses && { in: statuses },
    customerId,
    customerEmail: customerEmail && { contains: customerEmail, mode: 'insensitive' },
    placedAt: { gte: placedFrom, lt: placedBefore },
    // Under AND, so that its email match adds to the customerEmail filter instead of replacing it.
    AND: search ? [orderSearchWhere(search)] : [],
  };
}
