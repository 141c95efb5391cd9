import { err, formatLogPosition, ok, type Result } from '@shop/domain';
import { z } from 'zod';
import type { Db } from './db';
import { latestRebuilds, rebuildStatuses, type RebuildRow } from './rebuild-store';

export const rebuildProgressSchema = z.object({
  id: z.string(),
  status: z.enum(rebuildStatuses),
  /** The generation being filled (null until a worker has claimed the request). */
  generation: z.number().int().nullable(),
  /** How far it has read the event store. */
  position: z.string(),
  done: z.number().int(),
  total: z.number().int(),
  /** Events per second lately. */
  rate: z.number(),
  etaSeconds: z.number().nullable(),
  error: z.string().nullable(),
  requestedAt: z.date(),
  startedAt: z.date().nullable(),
  finishedAt: z.date().nullable(),
  updatedAt: z.date(),
});
export type RebuildProgress = z.infer<typeof rebuildProgressSchema>;

export const toRebuildProgress = (row: RebuildRow): RebuildProgress => ({
  id: String(row.id),
  status: row.status,
  generation: row.generation,
  position: formatLogPosition(row.position),
  done: row.done,
  total: row.total,
  rate: row.rate,
  etaSeconds: row.etaSeconds,
  error: row.error,
  requestedAt: row.requestedAt,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  updatedAt: row.updatedAt,
});

export type RebuildRefusal =
  | { readonly kind: 'UnknownProjection'; readonly message: string }
  | { readonly kind: 'AlreadyRebuilding'; readonly rebuildId: string; readonly message: string };

/**
 * Asks for a projection to be rebuilt from the event store. Only records the request: a worker
 * running the projection picks it up within a second or so and does the work, so the caller (an
 * admin mutation) returns at once. One rebuild per projection at a time.
 */
export async function requestRebuild(
  db: Db,
  projection: string,
): Promise<Result<{ rebuildId: string }, RebuildRefusal>> {
  const [inserted] = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "projection_rebuilds" ("projection", "status")
    SELECT ${projection}, 'requested' WHERE EXISTS (SELECT 1 FROM "projections" WHERE "name" = ${projection})
    ON CONFLICT ("projection") WHERE "status" IN ('requested', 'running') DO NOTHING
    RETURNING "id"`;
  if (inserted) return ok({ rebuildId: String(inserted.id) });
  const [open] = await latestRebuilds(db, [projection]);
  if (open && (open.status === 'requested' || open.status === 'running')) {
    return err({
      kind: 'AlreadyRebuilding',
      rebuildId: String(open.id),
      message: `Projection ${projection} is already being rebuilt.`,
    });
  }
  return err({
    kind: 'UnknownProjection',
    message: `No projection named ${projection} has run yet.`,
  });
}

/** The newest rebuild of a projection, running or finished, or null if it was never rebuilt. */
export async function rebuildProgress(db: Db, projection: string): Promise<RebuildProgress | null> {
  const [row] = await latestRebuilds(db, [projection]);
  return row ? toRebuildProgress(row) : null;
}
