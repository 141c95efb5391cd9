import { customerOrderResultSchema, getCustomerOrder } from '@shop/read-models';
import { shopperProcedure } from '../../init';
import { myOrderInputSchema } from './my-orders.types';

/**
 * One order of the shopper's. Another shopper's order answers as an unknown one (null), so an order
 * id says nothing about whether it exists; null is also what a page waiting for its new order
 * sees until the read model has it, and the page tells the two apart by what it awaits.
 */
export const byIdProcedure = shopperProcedure
  .input(myOrderInputSchema)
  .output(customerOrderResultSchema)
  .query(({ ctx, input }) =>
    getCustomerOrder(ctx.prisma, { customerId: ctx.session.customerId, orderId: input.orderId }),
  );
