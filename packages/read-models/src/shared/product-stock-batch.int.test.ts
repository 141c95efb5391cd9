import type { RecordedEvent } from '@shop/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogProjection } from '../catalog/catalog-product.store';
import { inventoryLevelsProjection } from '../inventory/inventory-level.store';
import { productDetailProjection } from '../product-detail/product-detail.store';
import type { PostgresProjection } from '../runtime/projection';
import { postgresSearchProjection } from '../search/postgres/postgres-search.projection';
import { applyEvents } from '../test-support/apply-events';
import { productStockHistories } from './test-support/product-stock-histories';
import { useReadModelDatabase } from './test-support/read-model-database';

const db = useReadModelDatabase();

/** Runs of consecutive events, as the runtime cuts a partition's messages into batches. */
function chunks(events: readonly RecordedEvent[], sizes: readonly number[]): RecordedEvent[][] {
  const result: RecordedEvent[][] = [];
  for (let start = 0, i = 0; start < events.length; i++) {
    const size = sizes.length ? (sizes[i % sizes.length] ?? 1) : events.length;
    result.push(events.slice(start, start + size));
    start += size;
  }
  return result;
}

const tables = {
  catalog: ['catalog_products'],
  'product-detail': ['product_details'],
  'inventory-levels': ['inventory_levels'],
  'search-postgres': ['search_products', 'search_stock', 'search_terms'],
} as const;

/** A generation's rows without the generation column, comparable across generations. */
async function rowsOf(projection: PostgresProjection, generation: number) {
  const rows = [];
  for (const table of tables[projection.name as keyof typeof tables]) {
    const found = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT to_jsonb(t) - 'generation' AS row FROM "${table}" t
       WHERE generation = $1 ORDER BY to_jsonb(t) - 'generation'`,
      generation,
    );
    rows.push(...found.map(({ row }) => ({ table, row })));
  }
  return rows;
}

let generation = 0;

describe.each([
  catalogProjection,
  productDetailProjection,
  inventoryLevelsProjection,
  postgresSearchProjection,
])('$name applyBatch', (projection) => {
  it('leaves the rows that applying the same events one by one leaves', async () => {
    await fc.assert(
      fc.asyncProperty(
        productStockHistories,
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 4 }),
        async (events, sizes) => {
          const [oneByOne, batched] = [(generation += 2), generation + 1];
          const applyBatch = projection.applyBatch?.bind(projection);
          if (!applyBatch) throw new Error(`${projection.name} has no applyBatch`);
          await applyEvents(db.prisma, projection, events, oneByOne);
          for (const batch of chunks(events, sizes)) {
            await db.prisma.$transaction((tx) => applyBatch(tx, batch, { generation: batched }));
          }
          const expected = await rowsOf(projection, oneByOne);
          expect(expected.length).toBeGreaterThan(0);
          expect(await rowsOf(projection, batched)).toEqual(expected);
        },
      ),
      { numRuns: 15 },
    );
  });
});
