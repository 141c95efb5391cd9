import type { LogPosition } from '@shop/domain';
import { Prisma } from '../generated/prisma/client';
import type { Db } from './db';
import { partitionCount } from './partitions';

export interface PartitionLag {
  readonly waiting: number;
  readonly capped: boolean;
  readonly oldest: Date | null;
}

/**
 * Which committed events count as waiting.
 * - `relayed`: only those below `pg_snapshot_xmin`, which the relay can already deliver: the lag a
 *   projector can work off (the runtime's health).
 * - `committed`: every committed event, also those above the oldest running transaction. A long
 *   transaction elsewhere holds the relay back, and a shopper's committed write is then just as
 *   missing from the read model (what a page tells the shopper).
 */
export const lagHorizons = ['relayed', 'committed'] as const;
export type LagHorizon = (typeof lagHorizons)[number];

interface LagRow {
  partition: number;
  waiting: bigint;
  examined: bigint;
  oldest: Date | null;
}

const belowRelayHorizon = (horizon: LagHorizon): Prisma.Sql =>
  horizon === 'relayed'
    ? Prisma.sql`AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())`
    : Prisma.empty;

/**
 * For each partition, the events of the categories beyond its checkpoint that belong to it. Each
 * partition's count scans the log forward from its own checkpoint, at most `scanLimit` events of
 * the categories, and keeps those whose stream hashes to it (shop_stream_partition, the relay's
 * FNV-1a in SQL). Bounded whatever the backlog; exact unless capped. Idle partitions keep their
 * checkpoints near the tail (PartitionWorker.catchUpIfIdle), so the scans start close to the end.
 * `horizon` says which events count (see LagHorizon); the runtime's health counts `relayed` ones.
 */
export async function partitionLags(
  db: Db,
  categories: readonly string[],
  checkpoints: ReadonlyMap<number, LogPosition>,
  scanLimit: number,
  horizon: LagHorizon = 'relayed',
): Promise<Map<number, PartitionLag>> {
  const parts = [...checkpoints.keys()];
  const rows = await db.$queryRaw<LagRow[]>`
    SELECT cp.p AS partition, w.waiting, w.examined, w.oldest
    FROM unnest(${parts}::int[],
                ${parts.map((p) => String(checkpoints.get(p)?.transactionId ?? 0n))}::text[],
                ${parts.map((p) => checkpoints.get(p)?.globalPosition ?? 0n)}::bigint[]) AS cp(p, tx, gp)
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE shop_stream_partition(e.stream_id, ${partitionCount}::int) = cp.p) AS waiting,
             count(*) AS examined,
             min(e.recorded_at) FILTER (WHERE shop_stream_partition(e.stream_id, ${partitionCount}::int) = cp.p) AS oldest
      FROM (
        SELECT stream_id, recorded_at FROM events
        WHERE (transaction_id, global_position) > (cp.tx::xid8, cp.gp)
          ${belowRelayHorizon(horizon)}
          AND split_part(stream_id, '-', 1) = ANY(${[...categories]}::text[])
        ORDER BY transaction_id, global_position
        LIMIT ${scanLimit}::int
      ) AS e
    ) AS w`;
  return new Map(
    rows.map((row) => [
      row.partition,
      {
        waiting: Number(row.waiting),
        capped: Number(row.examined) >= scanLimit,
        oldest: row.oldest,
      },
    ]),
  );
}

/**
 * The events of the categories beyond every checkpoint (after the highest), counted without hashing
 * (they wait in every sense): a backlog's size when the per-partition scans are capped.
 */
export async function eventsBeyond(
  db: Db,
  categories: readonly string[],
  after: LogPosition,
  limit = 1_000_000,
): Promise<{ count: number; oldest: Date | null }> {
  const [row] = await db.$queryRaw<{ count: bigint; oldest: Date | null }[]>`
    SELECT count(*) AS count, min(recorded_at) AS oldest FROM (
      SELECT recorded_at FROM events
      WHERE (transaction_id, global_position) > (${after.transactionId.toString()}::text::xid8, ${after.globalPosition}::bigint)
        AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        AND split_part(stream_id, '-', 1) = ANY(${[...categories]}::text[])
      LIMIT ${limit}::int) AS beyond`;
  return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
}

/** The latest readable event of the categories. */
export async function highWaterMark(
  db: Db,
  categories: readonly string[],
): Promise<{ position: LogPosition; recordedAt: Date } | null> {
  const [row] = await db.$queryRaw<
    { transaction_id: string; global_position: bigint; recorded_at: Date }[]
  >`
    SELECT transaction_id::text AS transaction_id, global_position, recorded_at FROM events
    WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      AND split_part(stream_id, '-', 1) = ANY(${[...categories]}::text[])
    ORDER BY events.transaction_id DESC, events.global_position DESC
    LIMIT 1`;
  if (!row) return null;
  return {
    position: { transactionId: BigInt(row.transaction_id), globalPosition: row.global_position },
    recordedAt: row.recorded_at,
  };
}
