import type { ReadModelsPrisma } from '../prisma';
import { activeGeneration } from '../runtime/active-generation';

/** Each table of a read model, by the projection that writes it. */
export type ReadModelTables = Readonly<Record<string, readonly string[]>>;

/**
 * The rows of each table in the projection's active generation, without the generation column,
 * in a stable order: two dumps are equal exactly when the read models hold the same rows.
 */
export async function dumpReadModels(
  prisma: ReadModelsPrisma,
  tables: ReadModelTables,
): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const [projection, names] of Object.entries(tables)) {
    const generation = await activeGeneration(prisma, projection);
    for (const table of names) {
      // Table names are the test's constants, never input.
      const rows = await prisma.$queryRawUnsafe<{ row: unknown }[]>(
        `SELECT to_jsonb(t) - 'generation' AS row FROM "${table}" t
          WHERE t.generation = $1 ORDER BY (to_jsonb(t) - 'generation')::text`,
        generation,
      );
      dump[table] = rows.map(({ row }) => row);
    }
  }
  return dump;
}
