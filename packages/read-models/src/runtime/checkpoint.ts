import { compareLogPositions, formatLogPosition, type LogPosition } from '@shop/domain';
import { z } from 'zod';
import type { Db } from './db';
import { allPartitions, partitionOf } from './partitions';

export const partitionCheckpointSchema = z.object({
  partition: z.number().int().nonnegative(),
  /** `"<transactionId>:<globalPosition>"`, null when the partition has applied nothing. */
  position: z.string().nullable(),
  streamSequence: z.number().int().nonnegative(),
  /** When the last event applied in the partition was recorded. */
  recordedAt: z.date().nullable(),
  updatedAt: z.date().nullable(),
});
export type PartitionCheckpointView = z.infer<typeof partitionCheckpointSchema>;

interface Row {
  partition: number;
  transaction_id: bigint;
  global_position: bigint;
  stream_sequence: bigint;
  recorded_at: Date | null;
  updated_at: Date;
}

const isStart = (position: LogPosition) =>
  position.transactionId === 0n && position.globalPosition === 0n;

/** Every partition's checkpoint of a projection, in partition order (one entry per partition). */
export async function projectionCheckpoints(
  db: Db,
  projection: string,
): Promise<PartitionCheckpointView[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "partition", "transaction_id", "global_position", "stream_sequence", "recorded_at", "updated_at"
    FROM "projection_partition_checkpoints" WHERE "projection" = ${projection}`;
  const byPartition = new Map(rows.map((row) => [row.partition, row]));
  return allPartitions.map((partition) => {
    const row = byPartition.get(partition);
    const position = row && {
      transactionId: row.transaction_id,
      globalPosition: row.global_position,
    };
    return {
      partition,
      position: position && !isStart(position) ? formatLogPosition(position) : null,
      streamSequence: Number(row?.stream_sequence ?? 0),
      recordedAt: row?.recorded_at ?? null,
      updatedAt: row?.updated_at ?? null,
    };
  });
}

/**
 * Whether the projection has applied `position` of `streamId`: asks the checkpoint of the stream's
 * partition only, so a busy or idle other partition never holds the answer back. What a command's
 * caller polls for read-your-writes (the command returns its stream and last position).
 */
export async function hasReached(
  db: Db,
  projection: string,
  streamId: string,
  position: LogPosition,
): Promise<boolean> {
  const [row] = await db.$queryRaw<Pick<Row, 'transaction_id' | 'global_position'>[]>`
    SELECT "transaction_id", "global_position" FROM "projection_partition_checkpoints"
    WHERE "projection" = ${projection} AND "partition" = ${partitionOf(streamId)}`;
  if (!row) return false;
  const reached = { transactionId: row.transaction_id, globalPosition: row.global_position };
  return compareLogPositions(reached, position) >= 0;
}

/**
 * The position every partition of the projection has reached (the lowest checkpoint), or null while
 * a partition has none. Idle partitions move their checkpoint up to the stream's tail within about
 * a second, so this follows the log closely; to know about one command's write, prefer hasReached.
 */
export async function getProjectionCheckpoint(
  db: Db,
  projection: string,
): Promise<LogPosition | null> {
  const rows = await db.$queryRaw<Pick<Row, 'transaction_id' | 'global_position'>[]>`
    SELECT "transaction_id", "global_position" FROM "projection_partition_checkpoints"
    WHERE "projection" = ${projection}
    ORDER BY "transaction_id", "global_position"`;
  const [lowest] = rows;
  if (!lowest || rows.length < allPartitions.length) return null;
  const position = { transactionId: lowest.transaction_id, globalPosition: lowest.global_position };
  return isStart(position) ? null : position;
}
