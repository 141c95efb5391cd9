import { z } from 'zod';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpointSchema } from '../shared/checkpoint';
import { readProjection } from '../shared/read-projection';
import {
  customerOrderFromColumns,
  customerOrderSelect,
  customerOrdersProjectionName,
} from './customer-order.store';
import { customerOrderView, customerOrderViewSchema } from './list-customer-orders';

/** `customerId` is the signed-in shopper's: the caller takes it from the session, never the client. */
export const getCustomerOrderInputSchema = z.object({ customerId: z.uuid(), orderId: z.uuid() });
export type GetCustomerOrderInput = z.input<typeof getCustomerOrderInputSchema>;

export const customerOrderResultSchema = z.object({
  /** Null for an order this read model has not read yet, and for anyone else's order. */
  order: customerOrderViewSchema.nullable(),
  checkpoint: readModelCheckpointSchema,
});
export type CustomerOrderResult = z.infer<typeof customerOrderResultSchema>;

/** One of a shopper's orders, with the checkpoint it reflects. */
export async function getCustomerOrder(
  prisma: ReadModelsPrisma,
  input: GetCustomerOrderInput,
): Promise<CustomerOrderResult> {
  const { customerId, orderId } = getCustomerOrderInputSchema.parse(input);
  return readProjection(prisma, customerOrdersProjectionName, async (tx, generation) => {
    // By the shopper as well as the id: another shopper's order is not found, not forbidden,
    // so an order id reveals nothing about whether it exists.
    const columns = await tx.customerOrder.findFirst({
      where: { generation, orderId, customerId },
      select: customerOrderSelect,
    });
    return { order: columns && customerOrderView(customerOrderFromColumns(columns)) };
  });
}
