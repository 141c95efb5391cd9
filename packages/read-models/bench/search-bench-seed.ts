import type { ReadModelsPrisma } from '../src/prisma';
import { postgresSearchProjection } from '../src/search/postgres/postgres-search.projection';
import { makeGenerationLive } from '../src/search/test-support/live-generation';
import { benchProductEvents } from './search-bench-catalog';

/** The generation the bench fills and reads. */
export const benchGeneration = 1;

/**
 * Seeds `total` products through the search projection's own `applyBatch`, in transactions of
 * `perTransaction` products as the runtime's batches would, then makes the generation live and
 * vacuums and analyses the tables so the planner sees the real sizes.
 */
export async function seedProducts(
  prisma: ReadModelsPrisma,
  { total, perTransaction = 250, checkDeadline }: SeedOptions,
): Promise<number> {
  const applyBatch = postgresSearchProjection.applyBatch?.bind(postgresSearchProjection);
  if (!applyBatch) throw new Error('The Postgres search projection has no applyBatch');
  let applied = 0;
  for (let from = 0; from < total; from += perTransaction) {
    checkDeadline();
    const events = Array.from({ length: Math.min(perTransaction, total - from) }, (_, k) =>
      benchProductEvents(from + k),
    ).flat();
    await prisma.$transaction((tx) => applyBatch(tx, events, { generation: benchGeneration }), {
      timeout: 60_000,
    });
    applied += events.length;
  }
  await makeGenerationLive(prisma, postgresSearchProjection.name, benchGeneration);
  // VACUUM as autovacuum soon would on a live table: after a bulk load, the GIN indexes hold every
  // new entry in their pending lists, which makes the planner shun them (a sequential scan that
  // matches every tsvector instead of a bitmap scan), so the figures would describe that moment.
  for (const table of ['search_products', 'search_stock', 'search_terms']) {
    await prisma.$executeRawUnsafe(`VACUUM (ANALYZE) "${table}"`);
  }
  return applied;
}

export interface SeedOptions {
  readonly total: number;
  readonly perTransaction?: number;
  readonly checkDeadline: () => void;
}
