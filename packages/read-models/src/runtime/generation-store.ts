import type { ReadModelsTransaction } from '../prisma';
import type { Db } from './db';
import type { Projection } from './projection';

export interface ProjectionRow {
  readonly name: string;
  readonly kind: Projection['kind'];
  readonly categories: readonly string[];
  readonly activeGeneration: number;
  readonly rebuildingGeneration: number | null;
  readonly retiredGeneration: number | null;
  readonly ready: boolean;
}

interface Row {
  name: string;
  kind: string;
  categories: unknown;
  active_generation: number;
  rebuilding_generation: number | null;
  retired_generation: number | null;
  ready: boolean;
}

const toProjectionRow = (row: Row): ProjectionRow => ({
  name: row.name,
  kind: row.kind === 'external' ? 'external' : 'postgres',
  categories: Array.isArray(row.categories)
    ? row.categories.filter((value): value is string => typeof value === 'string')
    : [],
  activeGeneration: row.active_generation,
  rebuildingGeneration: row.rebuilding_generation,
  retiredGeneration: row.retired_generation,
  ready: row.ready,
});

export async function readProjectionRows(
  db: Db,
  names?: readonly string[],
): Promise<ProjectionRow[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "name", "kind", "categories", "active_generation", "rebuilding_generation",
           "retired_generation", "ready"
    FROM "projections"
    WHERE ${names ?? null}::text[] IS NULL OR "name" = ANY(${names ?? null}::text[])
    ORDER BY "name"`;
  return rows.map(toProjectionRow);
}

export async function readProjectionRow(db: Db, name: string): Promise<ProjectionRow | null> {
  const [row] = await readProjectionRows(db, [name]);
  return row ?? null;
}

/**
 * The generation live batches write, under a share lock held to the end of the batch: a rebuild's
 * swap takes the row FOR UPDATE, so it waits for batches in flight and batches wait for it.
 */
export async function lockActiveGeneration(
  tx: ReadModelsTransaction,
  name: string,
): Promise<number> {
  const [row] = await tx.$queryRaw<{ active_generation: number }[]>`
    SELECT "active_generation" FROM "projections" WHERE "name" = ${name} FOR SHARE`;
  if (!row) throw new Error(`Projection ${name} is not registered`);
  return row.active_generation;
}

/** The swap's lock: no live batch of the projection runs while it is held. */
export async function lockProjectionForSwap(
  tx: ReadModelsTransaction,
  name: string,
): Promise<ProjectionRow | null> {
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT "name", "kind", "categories", "active_generation", "rebuilding_generation",
           "retired_generation", "ready"
    FROM "projections" WHERE "name" = ${name} FOR UPDATE`;
  return row ? toProjectionRow(row) : null;
}

/** Records the projection (or brings its kind and categories up to date); new ones start not ready. */
export async function registerProjection(db: Db, projection: Projection): Promise<ProjectionRow> {
  const [row] = await db.$queryRaw<Row[]>`
    INSERT INTO "projections" ("name", "kind", "categories", "ready")
    VALUES (${projection.name}, ${projection.kind}, ${JSON.stringify(projection.categories)}::jsonb,
            ${projection.kind === 'postgres'})
    ON CONFLICT ("name") DO UPDATE
      SET "kind" = EXCLUDED."kind", "categories" = EXCLUDED."categories", "updated_at" = now()
    RETURNING "name", "kind", "categories", "active_generation", "rebuilding_generation",
              "retired_generation", "ready"`;
  if (!row) throw new Error(`Could not register projection ${projection.name}`);
  return toProjectionRow(row);
}

export async function markReady(db: Db, name: string): Promise<void> {
  await db.$executeRaw`UPDATE "projections" SET "ready" = true, "updated_at" = now() WHERE "name" = ${name}`;
}

/** Clears the retired generation once its clean-up ran; only if it is still the one cleaned. */
export async function clearRetired(db: Db, name: string, generation: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "projections" SET "retired_generation" = NULL, "updated_at" = now()
    WHERE "name" = ${name} AND "retired_generation" = ${generation}`;
}
