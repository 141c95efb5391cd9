import { retryAllOutcomeSchema, retryOutcomeSchema } from '@shop/read-models/read-side';
import { z } from 'zod';

export const retryDeadLetterOutputSchema = retryOutcomeSchema;
export const retryDeadLettersOutputSchema = retryAllOutcomeSchema;

export const discardDeadLetterOutputSchema = z.object({
  discarded: z.string(),
  /** When it headed its stream, the letters parked behind it are re-run at once. */
  retried: retryOutcomeSchema.nullable(),
});
