import type { LogPosition } from '@shop/domain';
import type { ReadModelsTransaction } from '../prisma';
import type { CursorState } from './batch-item';
import type { Db } from './db';

interface CheckpointRow {
  transaction_id: bigint;
  global_position: bigint;
  stream_sequence: bigint;
  lease: bigint;
}

export interface PartitionCheckpoint extends CursorState {
  readonly lease: bigint;
}

const toCheckpoint = (row: CheckpointRow): PartitionCheckpoint => ({
  position: { transactionId: row.transaction_id, globalPosition: row.global_position },
  sequence: Number(row.stream_sequence),
  lease: row.lease,
});

/**
 * Takes a partition for a new owner: creates its checkpoint if needed and raises the lease, which
 * fences off any batch a previous owner still has in flight (see lockPartitionCheckpoint).
 */
export async function claimPartition(
  db: Db,
  projection: string,
  partition: number,
  owner: string,
): Promise<PartitionCheckpoint> {
  const [row] = await db.$queryRaw<CheckpointRow[]>`
    INSERT INTO "projection_partition_checkpoints" ("projection", "partition", "lease", "owner")
    VALUES (${projection}, ${partition}, 1, ${owner})
    ON CONFLICT ("projection", "partition") DO UPDATE
      SET "lease" = "projection_partition_checkpoints"."lease" + 1, "owner" = EXCLUDED."owner"
    RETURNING "transaction_id", "global_position", "stream_sequence", "lease"`;
  if (!row) throw new Error(`Could not claim ${projection} partition ${partition}`);
  return toCheckpoint(row);
}

export async function readPartitionCheckpoint(
  db: Db,
  projection: string,
  partition: number,
): Promise<PartitionCheckpoint | null> {
  const [row] = await db.$queryRaw<CheckpointRow[]>`
    SELECT "transaction_id", "global_position", "stream_sequence", "lease"
    FROM "projection_partition_checkpoints"
    WHERE "projection" = ${projection} AND "partition" = ${partition}`;
  return row ? toCheckpoint(row) : null;
}

/** Locks the checkpoint for the batch's transaction: batches of one partition never interleave. */
export async function lockPartitionCheckpoint(
  tx: ReadModelsTransaction,
  projection: string,
  partition: number,
): Promise<PartitionCheckpoint | null> {
  const [row] = await tx.$queryRaw<CheckpointRow[]>`
    SELECT "transaction_id", "global_position", "stream_sequence", "lease"
    FROM "projection_partition_checkpoints"
    WHERE "projection" = ${projection} AND "partition" = ${partition}
    FOR UPDATE`;
  return row ? toCheckpoint(row) : null;
}

export interface CheckpointAdvance {
  readonly position: LogPosition;
  readonly sequence: number | null;
  /** When the last event applied was recorded; null keeps the stored one (no event was applied). */
  readonly recordedAt: Date | null;
}

export async function advancePartitionCheckpoint(
  tx: ReadModelsTransaction,
  projection: string,
  partition: number,
  to: CheckpointAdvance,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "projection_partition_checkpoints"
    SET "transaction_id" = ${to.position.transactionId},
        "global_position" = ${to.position.globalPosition},
        "stream_sequence" = greatest("stream_sequence", ${to.sequence ?? 0}::bigint),
        "recorded_at" = coalesce(${to.recordedAt}::timestamptz, "recorded_at"),
        "updated_at" = now()
    WHERE "projection" = ${projection} AND "partition" = ${partition}`;
}

/**
 * Moves an idle partition's position up to `position` (the stream's tail) without touching its
 * stream sequence: everything of the partition up to there is applied (see PartitionWorker).
 */
export async function markCaughtUp(
  tx: ReadModelsTransaction,
  projection: string,
  partition: number,
  position: LogPosition,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "projection_partition_checkpoints"
    SET "transaction_id" = ${position.transactionId}, "global_position" = ${position.globalPosition},
        "updated_at" = now()
    WHERE "projection" = ${projection} AND "partition" = ${partition}
      AND ("transaction_id", "global_position") < (${position.transactionId}::bigint, ${position.globalPosition}::bigint)`;
}

/**
 * A swap's hand-over to the live projector: every partition's position becomes at least `position`
 * (the rebuild applied everything up to it), stream sequences stay. Partitions without a
 * checkpoint get one, or their first owner would replay their whole history into the new generation.
 */
export async function raiseCheckpoints(
  tx: ReadModelsTransaction,
  projection: string,
  partitionCount: number,
  position: LogPosition,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "projection_partition_checkpoints" AS c ("projection", "partition", "transaction_id", "global_position")
    SELECT ${projection}, p, ${position.transactionId}::bigint, ${position.globalPosition}::bigint
    FROM generate_series(0, ${partitionCount - 1}::int) AS p
    ON CONFLICT ("projection", "partition") DO UPDATE
      SET "transaction_id" = EXCLUDED."transaction_id", "global_position" = EXCLUDED."global_position",
          "updated_at" = now()
      WHERE (c."transaction_id", c."global_position") < (EXCLUDED."transaction_id", EXCLUDED."global_position")`;
}
