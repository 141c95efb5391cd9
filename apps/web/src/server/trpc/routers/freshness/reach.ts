import { compareLogPositions, parseLogPosition } from '@shop/domain';
import { partitionOf, type PartitionCheckpointView } from '@shop/read-models/read-side';
import type { ParsedAwaitedWrite } from './awaited-write';

export interface Reach {
  /** Whether the projection has applied the awaited write (true when nothing is awaited). */
  readonly reached: boolean;
  /** The partition holding the awaited stream, null when nothing is awaited. */
  readonly partition: number | null;
  /** That partition's checkpoint, `"<xid>:<position>"`, null before it applied anything. */
  readonly checkpoint: string | null;
}

/**
 * Asks only the checkpoint of the partition that holds the awaited stream: partitions are applied
 * independently, so an idle or busy other partition says nothing about this write.
 */
export function reachOf(
  checkpoints: readonly PartitionCheckpointView[],
  awaiting: ParsedAwaitedWrite | undefined,
): Reach {
  if (awaiting === undefined) return { reached: true, partition: null, checkpoint: null };
  const partition = partitionOf(awaiting.streamId);
  const checkpoint = checkpoints.find((entry) => entry.partition === partition)?.position ?? null;
  const reached =
    checkpoint !== null &&
    compareLogPositions(parseLogPosition(checkpoint), awaiting.position) >= 0;
  return { reached, partition, checkpoint };
}
