import { z } from 'zod';
import { currencySchema, decimalPriceSchema } from '../shared/money';
import { orderIdSchema, reasonSchema, refundIdSchema } from './order.fields';

/*
 * What the admin's order forms send. Confirm and deliver take `orderRefSchema`, ship takes
 * `shipmentSchema`, cancel takes `orderReasonSchema` (all in order.commands.ts): their fields are
 * already text. The saga's commands take their command data schemas.
 */

/** A refund typed as an amount ("12.50"); `refundId` is generated when the form is rendered. */
export const refundOrderInputSchema = z.object({
  orderId: orderIdSchema,
  refundId: refundIdSchema,
  amount: decimalPriceSchema,
  currency: currencySchema.default('EUR'),
  reason: reasonSchema,
});
export type RefundOrderInput = z.input<typeof refundOrderInputSchema>;
