import { z } from 'zod';
import { customerIdSchema, emailSchema } from './customer.fields';

const holder = z.object({ email: emailSchema, customerId: customerIdSchema });

export const reserveEmailSchema = z.object({ type: z.literal('ReserveEmail'), data: holder });
export type ReserveEmail = z.infer<typeof reserveEmailSchema>;

export const releaseEmailSchema = z.object({ type: z.literal('ReleaseEmail'), data: holder });
export type ReleaseEmail = z.infer<typeof releaseEmailSchema>;

export const emailReservationCommandSchema = z.discriminatedUnion('type', [
  reserveEmailSchema,
  releaseEmailSchema,
]);
export type EmailReservationCommand = z.infer<typeof emailReservationCommandSchema>;
