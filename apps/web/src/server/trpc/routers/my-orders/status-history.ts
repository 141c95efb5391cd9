import { getCustomerOrder, getOrderHistory } from '@shop/read-models';
import { shopperProcedure } from '../../init';
import { myOrderHistoryOutputSchema, myOrderInputSchema } from './my-orders.types';

/**
 * How one of the shopper's orders got where it is, oldest change first. The order-history read
 * model holds every order's changes, so the shopper's own read model says first whether it is theirs.
 */
export const statusHistoryProcedure = shopperProcedure
  .input(myOrderInputSchema)
  .output(myOrderHistoryOutputSchema)
  .query(async ({ ctx, input }) => {
    const { orderId } = input;
    const { order } = await getCustomerOrder(ctx.prisma, {
      customerId: ctx.session.customerId,
      orderId,
    });
    const { history, checkpoint } = await getOrderHistory(ctx.prisma, { orderId });
    if (!order || !history) return { changes: null, checkpoint };
    const changes = history.changes.map(({ fromStatus, toStatus, occurredAt }) => ({
      fromStatus,
      toStatus,
      occurredAt,
    }));
    return { changes, checkpoint };
  });
