import type { Db } from './db';

export interface Beat {
  readonly projection: string;
  readonly partition: number;
  readonly rate: number;
}

/** Records that `owner` is alive and working these partitions, at these rates. */
export async function writeHeartbeats(
  db: Db,
  owner: string,
  beats: readonly Beat[],
): Promise<void> {
  if (beats.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "projection_consumers" ("projection", "partition", "owner", "heartbeat_at", "rate")
    SELECT b.projection, b.partition, ${owner}, now(), b.rate
    FROM unnest(${beats.map((beat) => beat.projection)}::text[],
                ${beats.map((beat) => beat.partition)}::int[],
                ${beats.map((beat) => beat.rate)}::float8[]) AS b(projection, partition, rate)
    ON CONFLICT ("projection", "partition") DO UPDATE
      SET "owner" = EXCLUDED."owner", "heartbeat_at" = EXCLUDED."heartbeat_at", "rate" = EXCLUDED."rate"`;
}

/** A partition let go: its row no longer claims an owner (unless another has written since). */
export async function dropHeartbeat(
  db: Db,
  owner: string,
  projection: string,
  partition: number,
): Promise<void> {
  await db.$executeRaw`
    DELETE FROM "projection_consumers"
    WHERE "projection" = ${projection} AND "partition" = ${partition} AND "owner" = ${owner}`;
}
