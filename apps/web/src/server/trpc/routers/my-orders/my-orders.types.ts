import { orderStatusSchema, pageInputSchema, readModelCheckpointSchema } from '@shop/read-models';
import { z } from 'zod';

export const myOrdersListInputSchema = pageInputSchema;

/** One of the shopper's orders; whose it is comes from the session, never from the input. */
export const myOrderInputSchema = z.object({ orderId: z.uuid('Order id must be a UUID') });
export type MyOrderInput = z.input<typeof myOrderInputSchema>;

/** A change of status as the shopper sees it: who or what made it stays in the back office. */
export const myStatusChangeSchema = z.object({
  fromStatus: orderStatusSchema.nullable(),
  toStatus: orderStatusSchema,
  occurredAt: z.date(),
});
export type MyStatusChange = z.infer<typeof myStatusChangeSchema>;

export const myOrderHistoryOutputSchema = z.object({
  /** Null for an order that is not the shopper's, or not read yet by either read model. */
  changes: z.array(myStatusChangeSchema).nullable(),
  checkpoint: readModelCheckpointSchema,
});
