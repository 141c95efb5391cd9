import { z } from 'zod';
import { customerIdSchema, customerNameSchema, emailSchema } from './customer.fields';

export const registerCustomerSchema = z.object({
  type: z.literal('RegisterCustomer'),
  data: z.object({ customerId: customerIdSchema, email: emailSchema, name: customerNameSchema }),
});
export type RegisterCustomer = z.infer<typeof registerCustomerSchema>;

export const changeCustomerNameSchema = z.object({
  type: z.literal('ChangeCustomerName'),
  data: z.object({ customerId: customerIdSchema, name: customerNameSchema }),
});
export type ChangeCustomerName = z.infer<typeof changeCustomerNameSchema>;

export const customerCommandSchema = z.discriminatedUnion('type', [
  registerCustomerSchema,
  changeCustomerNameSchema,
]);
export type CustomerCommand = z.infer<typeof customerCommandSchema>;

/**
 * What a sign-up form (or API) sends. The customer id is optional: a client that wants safe
 * retries sends its own (made when the form is shown), so that a retry re-registers the same
 * customer instead of colliding with it; without one, the service makes a new id.
 */
export const registerCustomerInputSchema = z.object({
  customerId: customerIdSchema.optional(),
  email: emailSchema,
  name: customerNameSchema,
});
export type RegisterCustomerInput = z.input<typeof registerCustomerInputSchema>;

export const changeCustomerNameInputSchema = changeCustomerNameSchema.shape.data;
export type ChangeCustomerNameInput = z.input<typeof changeCustomerNameInputSchema>;
