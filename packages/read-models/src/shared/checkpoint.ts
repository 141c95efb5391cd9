import { compareLogPositions, logPositionSchema, type LogPosition } from '@shop/domain';
import { z } from 'zod';
import { projectionCheckpoints } from '../runtime/checkpoint';
import type { Db } from '../runtime/db';
import { partitionOf } from '../runtime/partitions';

/**
 * How far a read model has read each partition of the log (`{ "3": "<xid>:<position>" }`), as
 * every query answer carries it. Per partition because the runtime checkpoints each on its own: a
 * write is in the answer once the partition holding its stream has passed it, whatever an idle or
 * busy other partition says. No entry: nothing of that partition applied yet. The one place that
 * reads the runtime's checkpoints for the query functions.
 */
export const readModelCheckpointSchema = z.record(
  z.string().regex(/^\d+$/),
  z.string().regex(/^\d{1,20}:\d{1,20}$/),
);
export type ReadModelCheckpoint = z.infer<typeof readModelCheckpointSchema>;

export async function readModelCheckpoint(
  db: Db,
  projection: string,
): Promise<ReadModelCheckpoint> {
  const partitions = await projectionCheckpoints(db, projection);
  return Object.fromEntries(
    partitions.flatMap(({ partition, position }) =>
      position === null ? [] : [[String(partition), position]],
    ),
  );
}

/** Whether an answer carrying `checkpoint` includes the write at `position` of `streamId`. */
export function checkpointReaches(
  checkpoint: ReadModelCheckpoint,
  streamId: string,
  position: LogPosition,
): boolean {
  const reached = checkpoint[String(partitionOf(streamId))];
  if (reached === undefined) return false;
  return compareLogPositions(logPositionSchema.parse(reached), position) >= 0;
}
