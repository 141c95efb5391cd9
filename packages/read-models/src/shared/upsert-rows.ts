import { Prisma } from '../generated/prisma/client';
import type { ReadModelsTransaction } from '../prisma';

/**
 * How an upsert treats a column of a row that exists: `newerBy` a version column, the incoming
 * value only if the incoming row's version there is higher (the part of the row that version
 * belongs to is newer); `latest`, the later of the two values. Without a rule, the incoming value.
 */
export type ConflictRule = { readonly newerBy: string } | 'latest';

/** A column written by `upsertRows`: its SQL name and type, and its value in a row. */
export interface UpsertColumn<Row> {
  readonly name: string;
  /** A Postgres type the column's text or number values cast to, e.g. `int`, `timestamptz`. */
  readonly type: string;
  readonly value: (row: Row) => string | number | null;
  readonly onConflict?: ConflictRule;
}

function assignment({
  name,
  onConflict,
}: Pick<UpsertColumn<unknown>, 'name' | 'onConflict'>): string {
  const [current, incoming] = [`t."${name}"`, `EXCLUDED."${name}"`];
  if (onConflict === undefined) return `"${name}" = ${incoming}`;
  if (onConflict === 'latest') return `"${name}" = GREATEST(${current}, ${incoming})`;
  const version = onConflict.newerBy;
  return `"${name}" = CASE WHEN EXCLUDED."${version}" > t."${version}" THEN ${incoming} ELSE ${current} END`;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * One multi-row upsert of a generation's rows keyed by (generation, `key`). The rows travel as one
 * JSON text, an array of value arrays that `jsonb_array_elements` turns back into rows: a batch
 * costs one statement and one parameter, not one per row or per column (Prisma converts each
 * value, and `pg` each array element, on its own). Values are read as text and cast to their
 * column's type, exact for numbers, dates (ISO text) and JSON text; JSON null is NULL. Rows go in
 * key order, so two statements that upsert some of the same rows lock them in the same order and
 * cannot deadlock. Names come from the store, never input.
 */
export async function upsertRows<Row>(
  tx: ReadModelsTransaction,
  table: string,
  key: string,
  columns: readonly UpsertColumn<Row>[],
  generation: number,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const keyAt = columns.findIndex(({ name }) => name === key);
  if (keyAt === -1) throw new Error(`The columns of ${table} do not include its key ${key}`);
  const records = rows.map((row) => columns.map(({ value }) => value(row)));
  // Any one order does, as long as every writer uses it.
  records.sort((a, b) => compareText(String(a[keyAt]), String(b[keyAt])));
  const names = columns.map(({ name }) => Prisma.raw(`"${name}"`));
  const values = columns.map(({ type }, k) => Prisma.raw(`(r.v->>${k})::${type}`));
  const updates = columns.filter(({ name }) => name !== key).map((c) => Prisma.raw(assignment(c)));
  await tx.$executeRaw`
    INSERT INTO ${Prisma.raw(`"${table}"`)} AS t ("generation", ${Prisma.join(names)})
    SELECT ${generation}::int, ${Prisma.join(values)}
      FROM jsonb_array_elements(${JSON.stringify(records)}::jsonb) AS r(v)
    ON CONFLICT ("generation", ${Prisma.raw(`"${key}"`)}) DO UPDATE SET ${Prisma.join(updates)}`;
}
