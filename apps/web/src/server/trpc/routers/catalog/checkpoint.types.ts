import { z } from 'zod';
import { awaitingInputSchema, checkpointOutputSchema } from './consistency';

export const catalogCheckpointInputSchema = awaitingInputSchema;

export const catalogCheckpointOutputSchema = z.object({
  checkpoint: checkpointOutputSchema,
  reached: z.boolean(),
});
