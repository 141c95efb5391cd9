import { deadLetterIdSchema, sagaActionIdSchema } from '@shop/read-models/read-side';
import { z } from 'zod';

/** A projection's name as the runtime records it, e.g. `catalog` or `search-postgres`. */
export const projectionNameSchema = z
  .string()
  .trim()
  .min(1, 'Name a projection.')
  .max(100, 'A projection name is at most 100 characters.')
  .regex(/^[a-z0-9][a-z0-9_.-]*$/i, 'A projection name is letters, digits, -, _ and dots.');

export const projectionInputSchema = z.object({ projection: projectionNameSchema });
export type ProjectionInput = z.input<typeof projectionInputSchema>;

export const deadLetterInputSchema = z.object({ id: deadLetterIdSchema });
export type DeadLetterInput = z.input<typeof deadLetterInputSchema>;

export const sagaActionInputSchema = z.object({ actionId: sagaActionIdSchema });
export type SagaActionInput = z.input<typeof sagaActionInputSchema>;
