import { logPositionSchema } from '@shop/domain';
import {
  checkpointReaches,
  readModelCheckpointSchema,
  type ReadModelCheckpoint,
} from '@shop/read-models';
import { z } from 'zod';

/**
 * The write a reader waits for: the command's stream and the log position it returned (its
 * consistency token). The stream says which partition's checkpoint to ask; an idle or busy other
 * partition says nothing about it. Compared on the server, so the browser never handles bigints.
 */
export const awaitedWriteSchema = z.object({
  streamId: z.string().min(1).max(200),
  position: logPositionSchema,
});
export type AwaitedWrite = z.input<typeof awaitedWriteSchema>;

export const awaitingInputSchema = z.object({ awaiting: awaitedWriteSchema.optional() });

/** A read model's checkpoint on the wire: `{ "<partition>": "<xid>:<position>" }`. */
export const checkpointOutputSchema = readModelCheckpointSchema;

export function hasReached(
  checkpoint: ReadModelCheckpoint,
  awaiting: z.output<typeof awaitedWriteSchema> | undefined,
): boolean {
  if (awaiting === undefined) return true;
  return checkpointReaches(checkpoint, awaiting.streamId, awaiting.position);
}
