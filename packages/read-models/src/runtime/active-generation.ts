import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';
import type { Db } from './db';
import { readProjectionRow } from './generation-store';

/**
 * The generation of a projection that readers see: filter every query of its rows by it. 1 until
 * the runtime has registered the projection (its first generation).
 */
export async function activeGeneration(db: Db, projection: string): Promise<number> {
  return (await readProjectionRow(db, projection))?.activeGeneration ?? 1;
}

export interface GenerationView {
  readonly generation: number;
  /** A rebuild is filling the next generation: what readers see is about to be replaced. */
  readonly rebuilding: boolean;
}

/**
 * Runs `read` on the active generation in one REPEATABLE READ snapshot, so a swap between looking
 * up the generation and reading its rows (which drops the old rows) cannot leave the reader with an
 * empty result. Read the checkpoints inside `read` too, and they match the rows.
 */
export function withActiveGeneration<Result>(
  prisma: ReadModelsPrisma,
  projection: string,
  read: (tx: ReadModelsTransaction, view: GenerationView) => Promise<Result>,
): Promise<Result> {
  return prisma.$transaction(
    async (tx) => {
      const row = await readProjectionRow(tx, projection);
      return read(tx, {
        generation: row?.activeGeneration ?? 1,
        rebuilding: row?.rebuildingGeneration != null,
      });
    },
    { isolationLevel: 'RepeatableRead' },
  );
}
