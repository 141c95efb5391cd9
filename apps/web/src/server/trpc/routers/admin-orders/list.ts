import { listAdminOrders } from '@shop/read-models';
import { adminProcedure } from '../../init';
import { adminOrdersListInputSchema, adminOrdersListOutputSchema } from './list.types';
import { moneyView } from './order-state-view';

/** The order history: filtered, newest first, a page at a time, from the admin-orders read model. */
export const listProcedure = adminProcedure
  .input(adminOrdersListInputSchema)
  .output(adminOrdersListOutputSchema)
  .query(async ({ ctx, input }) => {
    const { orders, totals, page, checkpoint } = await listAdminOrders(ctx.prisma, input);
    return {
      orders: orders.map((order) => ({
        ...order,
        total: moneyView(order.total),
        refunded: moneyView(order.refunded),
      })),
      totals: {
        count: totals.count,
        byCurrency: totals.byCurrency.map((sum) => ({ ...sum, total: moneyView(sum.total) })),
      },
      page,
      checkpoint,
    };
  });
