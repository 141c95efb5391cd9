import { customerOrdersPageSchema, listCustomerOrders } from '@shop/read-models';
import { shopperProcedure } from '../../init';
import { myOrdersListInputSchema } from './my-orders.types';

/** The shopper's orders, newest first, a page at a time. */
export const listProcedure = shopperProcedure
  .input(myOrdersListInputSchema)
  .output(customerOrdersPageSchema)
  .query(({ ctx, input }) =>
    listCustomerOrders(ctx.prisma, { ...input, customerId: ctx.session.customerId }),
  );
