import type { LogPosition } from '@shop/domain';
import type { ReadModelsTransaction } from '../prisma';
import type { Db } from './db';

export const rebuildStatuses = ['requested', 'running', 'done', 'failed'] as const;
export type RebuildStatus = (typeof rebuildStatuses)[number];

export interface RebuildRow {
  readonly id: bigint;
  readonly projection: string;
  readonly status: RebuildStatus;
  readonly generation: number | null;
  readonly position: LogPosition;
  readonly done: number;
  readonly total: number;
  readonly rate: number;
  readonly etaSeconds: number | null;
  readonly error: string | null;
  readonly lease: bigint;
  readonly owner: string | null;
  readonly requestedAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  readonly updatedAt: Date;
}

interface Row {
  id: bigint;
  projection: string;
  status: string;
  generation: number | null;
  transaction_id: bigint;
  global_position: bigint;
  done: bigint;
  total: bigint;
  rate: number;
  eta_seconds: number | null;
  error: string | null;
  lease: bigint;
  owner: string | null;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  updated_at: Date;
}

const isStatus = (value: string): value is RebuildStatus =>
  (rebuildStatuses as readonly string[]).includes(value);

export const toRebuildRow = (row: Row): RebuildRow => ({
  id: row.id,
  projection: row.projection,
  status: isStatus(row.status) ? row.status : 'failed',
  generation: row.generation,
  position: { transactionId: row.transaction_id, globalPosition: row.global_position },
  done: Number(row.done),
  total: Number(row.total),
  rate: row.rate,
  etaSeconds: row.eta_seconds,
  error: row.error,
  lease: row.lease,
  owner: row.owner,
  requestedAt: row.requested_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  updatedAt: row.updated_at,
});

/** The newest rebuild of each of `projections` (open or finished). */
export async function latestRebuilds(
  db: Db,
  projections: readonly string[],
): Promise<RebuildRow[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT DISTINCT ON ("projection") * FROM "projection_rebuilds"
    WHERE "projection" = ANY(${[...projections]}::text[])
    ORDER BY "projection", "id" DESC`;
  return rows.map(toRebuildRow);
}

export async function openRebuilds(db: Db, projections: readonly string[]): Promise<RebuildRow[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT * FROM "projection_rebuilds"
    WHERE "projection" = ANY(${[...projections]}::text[]) AND "status" IN ('requested', 'running')
    ORDER BY "id"`;
  return rows.map(toRebuildRow);
}

/**
 * Takes a rebuild for `owner` (a new one, or one whose worker died): raises its lease, which fences
 * off the previous runner, picks its generation (the active one + 1) on first claim, and records it
 * as the projection's rebuilding generation.
 */
export async function claimRebuild(
  tx: ReadModelsTransaction,
  id: bigint,
  owner: string,
): Promise<RebuildRow | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    UPDATE "projection_rebuilds" AS r
    SET "status" = 'running', "lease" = r."lease" + 1, "owner" = ${owner},
        "started_at" = coalesce(r."started_at", now()), "updated_at" = now(),
        "generation" = coalesce(r."generation",
          (SELECT p."active_generation" + 1 FROM "projections" AS p WHERE p."name" = r."projection"))
    WHERE r."id" = ${id} AND r."status" IN ('requested', 'running')
    RETURNING r.*`;
  if (!row?.generation) return null;
  await tx.$executeRaw`
    UPDATE "projections" SET "rebuilding_generation" = ${row.generation}, "updated_at" = now()
    WHERE "name" = ${row.projection}`;
  return toRebuildRow(row);
}

export async function lockRebuild(
  tx: ReadModelsTransaction,
  id: bigint,
): Promise<RebuildRow | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT * FROM "projection_rebuilds" WHERE "id" = ${id} FOR UPDATE`;
  return row ? toRebuildRow(row) : null;
}

export async function readRebuild(db: Db, id: bigint): Promise<RebuildRow | null> {
  const [row] = await db.$queryRaw<Row[]>`SELECT * FROM "projection_rebuilds" WHERE "id" = ${id}`;
  return row ? toRebuildRow(row) : null;
}

export interface RebuildAdvance {
  readonly position: LogPosition;
  readonly events: number;
  readonly rate: number;
  readonly total: number;
}

export async function advanceRebuild(
  tx: ReadModelsTransaction,
  id: bigint,
  to: RebuildAdvance,
): Promise<void> {
  await tx.$executeRaw`
    UPDATE "projection_rebuilds"
    SET "transaction_id" = ${to.position.transactionId}, "global_position" = ${to.position.globalPosition},
        "done" = "done" + ${to.events}::bigint,
        "total" = greatest("total", "done" + ${to.events}::bigint, ${to.total}::bigint),
        "rate" = ${to.rate}::float8,
        "eta_seconds" = CASE WHEN ${to.rate}::float8 > 0 THEN greatest(0,
          greatest("total", ${to.total}::bigint) - "done" - ${to.events}::bigint) / ${to.rate}::float8 END,
        "updated_at" = now()
    WHERE "id" = ${id}`;
}

/** Ends a rebuild that cannot go on; the live generation keeps serving as it did. */
export async function failRebuild(db: Db, id: bigint, lease: bigint, error: string): Promise<void> {
  await db.$executeRaw`
    WITH failed AS (
      UPDATE "projection_rebuilds" SET "status" = 'failed', "error" = ${error},
             "finished_at" = now(), "updated_at" = now()
      WHERE "id" = ${id} AND "lease" = ${lease} AND "status" = 'running'
      RETURNING "projection", "generation")
    UPDATE "projections" AS p SET "rebuilding_generation" = NULL, "updated_at" = now()
    FROM failed WHERE p."name" = failed."projection" AND p."rebuilding_generation" = failed."generation"`;
}
