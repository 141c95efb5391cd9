import type { LogPosition } from '@shop/domain';
import { z } from 'zod';
import type { Db } from './db';
import { partitionLags, type LagHorizon } from './lag';
import { allPartitions } from './partitions';

/** One partition's unapplied events. */
export interface PartitionBacklog {
  readonly waiting: number;
  /** The count stopped at the scan limit: there may be more. */
  readonly capped: boolean;
  /** When the oldest waiting event was recorded. */
  readonly oldest: Date | null;
  /** When the partition's checkpoint last moved; null if it never did. */
  readonly updatedAt: Date | null;
}

export interface ProjectionBacklog {
  /** The database's clock, which wrote every timestamp compared with it. */
  readonly now: Date;
  readonly rebuilding: boolean;
  /** Dead letters of the active generation still failed: events its view misses. */
  readonly failedDeadLetters: number;
  readonly partitions: readonly PartitionBacklog[];
}

export interface BacklogOptions {
  /** Which events count as waiting: see LagHorizon. */
  readonly horizon: LagHorizon;
  /** At most this many events are examined per partition (see partitionLags). */
  readonly scanLimit?: number;
}

const stateRowSchema = z.object({
  now: z.date(),
  rebuilding: z.boolean(),
  failed_dead_letters: z.bigint(),
  checkpoints: z.array(
    z.object({
      partition: z.number().int(),
      // xid8 and bigint travel as text through JSON.
      transactionId: z.string(),
      globalPosition: z.string(),
      updatedAt: z.coerce.date(),
    }),
  ),
});

/**
 * A projection's backlog, cheap enough to poll: its checkpoints, whether a rebuild runs and its
 * failed dead letters in one statement, then the partitions' lags (partitionLags). The admin
 * pages' health (projectionHealth) says more, at several queries' cost.
 */
export async function readProjectionBacklog(
  db: Db,
  projection: { readonly name: string; readonly categories: readonly string[] },
  { horizon, scanLimit = 500 }: BacklogOptions,
): Promise<ProjectionBacklog> {
  const rows = await db.$queryRaw<unknown[]>`
    SELECT clock_timestamp() AS now,
           p."rebuilding_generation" IS NOT NULL AS rebuilding,
           (SELECT count(*) FROM "projection_dead_letters" AS d
             WHERE d."projection" = ${projection.name} AND d."status" = 'failed'
               AND d."generation" = coalesce(p."active_generation", 1)) AS failed_dead_letters,
           (SELECT coalesce(json_agg(json_build_object(
                     'partition', c."partition", 'transactionId', c."transaction_id"::text,
                     'globalPosition', c."global_position"::text, 'updatedAt', c."updated_at")), '[]')
              FROM "projection_partition_checkpoints" AS c
             WHERE c."projection" = ${projection.name}) AS checkpoints
    FROM (SELECT 1) AS one
    LEFT JOIN "projections" AS p ON p."name" = ${projection.name}`;
  const state = stateRowSchema.parse(rows[0]);
  const stored = new Map(state.checkpoints.map((row) => [row.partition, row]));
  const positions = new Map(
    allPartitions.map((partition): [number, LogPosition] => {
      const row = stored.get(partition);
      return [
        partition,
        {
          transactionId: BigInt(row?.transactionId ?? 0),
          globalPosition: BigInt(row?.globalPosition ?? 0),
        },
      ];
    }),
  );
  const lags = await partitionLags(db, projection.categories, positions, scanLimit, horizon);
  return {
    now: state.now,
    rebuilding: state.rebuilding,
    failedDeadLetters: Number(state.failed_dead_letters),
    partitions: allPartitions.map((partition) => {
      const lag = lags.get(partition) ?? { waiting: 0, capped: false, oldest: null };
      return { ...lag, updatedAt: stored.get(partition)?.updatedAt ?? null };
    }),
  };
}
