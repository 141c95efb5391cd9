import type { ReadModelsPrisma } from '@shop/read-models';
import { partitionCount } from '@shop/read-models/read-side';
import type { ProjectionTarget } from './projection-target';
import type { ProjectionBacklog } from './staleness';

interface Row {
  updated_at: Date | null;
  waiting: bigint;
  examined: bigint;
  oldest: Date | null;
  rebuilding: boolean;
  now: Date;
}

/**
 * A projection's backlog in one statement, cheap enough to poll from every open page: for each
 * partition, the events of its categories beyond its checkpoint, scanning at most `scanLimit` events
 * from it (idle partitions keep their checkpoints at the tail, so the scans are short), and whether
 * a rebuild runs. The admin pages' health (projectionHealth) says more, at several queries' cost.
 *
 * Unlike the relay, it counts every committed event, also those above the oldest running
 * transaction: a long transaction elsewhere holds the relay back, and the shopper's committed write
 * is then just as missing from the read model.
 */
export async function readProjectionBacklog(
  db: ReadModelsPrisma,
  target: ProjectionTarget,
  scanLimit = 500,
): Promise<ProjectionBacklog> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT c."updated_at", w.waiting, w.examined, w.oldest, clock_timestamp() AS now,
           EXISTS (SELECT 1 FROM "projections"
                   WHERE "name" = ${target.name} AND "rebuilding_generation" IS NOT NULL) AS rebuilding
    FROM generate_series(0, ${partitionCount - 1}::int) AS g(p)
    LEFT JOIN "projection_partition_checkpoints" AS c
      ON c."projection" = ${target.name} AND c."partition" = g.p
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE shop_stream_partition(e.stream_id, ${partitionCount}::int) = g.p) AS waiting,
             count(*) AS examined,
             min(e.recorded_at) FILTER (WHERE shop_stream_partition(e.stream_id, ${partitionCount}::int) = g.p) AS oldest
      FROM (
        SELECT stream_id, recorded_at FROM events
        WHERE (transaction_id, global_position)
                > (coalesce(c."transaction_id", 0)::text::xid8, coalesce(c."global_position", 0))
          AND split_part(stream_id, '-', 1) = ANY(${[...target.categories]}::text[])
        ORDER BY transaction_id, global_position
        LIMIT ${scanLimit}::int
      ) AS e
    ) AS w
    ORDER BY g.p`;
  return {
    now: rows[0]?.now ?? new Date(),
    rebuilding: rows[0]?.rebuilding ?? false,
    partitions: rows.map((row) => ({
      waiting: Number(row.waiting),
      capped: Number(row.examined) >= scanLimit,
      oldest: row.oldest,
      updatedAt: row.updated_at,
    })),
  };
}
