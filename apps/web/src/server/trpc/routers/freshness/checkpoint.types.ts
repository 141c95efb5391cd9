import { z } from 'zod';

export { checkpointInputSchema } from './awaited-write';

export const checkpointOutputSchema = z.object({
  /** Whether the projection has applied the awaited write (true when nothing is awaited). */
  reached: z.boolean(),
  /** The partition holding the awaited stream. */
  partition: z.number().int().nonnegative().nullable(),
  /** That partition's checkpoint, `"<xid>:<position>"`, null before it applied anything. */
  checkpoint: z.string().nullable(),
});
export type CheckpointOutput = z.infer<typeof checkpointOutputSchema>;
