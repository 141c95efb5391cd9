import {
  deadLetterIdSchema,
  deadLetterSchema,
  listDeadLettersInputSchema,
} from '@shop/read-models/read-side';
import { z } from 'zod';
import { projectionNameSchema } from './inputs';

export const deadLettersInputSchema = listDeadLettersInputSchema.extend({
  projection: projectionNameSchema.optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type DeadLettersInput = z.input<typeof deadLettersInputSchema>;

/**
 * A dead letter as the console lists it: without the event's payload or the raw body, which can be
 * large and are for an operator's database session, not for every poll of the page.
 */
export const deadLetterViewSchema = deadLetterSchema.omit({ event: true, rawBody: true }).extend({
  /** False for a message that was not an event: it can only be discarded. */
  retryable: z.boolean(),
});
export type DeadLetterView = z.infer<typeof deadLetterViewSchema>;

export const deadLettersOutputSchema = z.object({
  letters: z.array(deadLetterViewSchema),
  nextAfterId: deadLetterIdSchema.nullable(),
});
