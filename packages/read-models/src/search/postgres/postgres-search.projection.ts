import type { RecordedEvent } from '@shop/domain';
import type { ReadModelsTransaction } from '../../prisma';
import type { PostgresProjection } from '../../runtime/projection';
import { evolveProductPart, evolveStockPart } from '../search-document.evolve';
import { searchCategories, searchEventTypes, searchTargetOf } from '../search-events';
import {
  adjustTerms,
  dropSearchGeneration,
  readProductPart,
  readStockPart,
  writeProducts,
  writeStock,
} from './postgres-search.store';
import { diffTerms, termsOf } from './search-terms';

export const postgresSearchProjectionName = 'search-postgres';

/**
 * The Postgres search engine's rows, written in the checkpoint's transaction. A product's two
 * streams write separate rows (search_products, search_stock), so they never overwrite each
 * other even when they are applied by different partitions at the same time.
 */
export const postgresSearchProjection: PostgresProjection = {
  kind: 'postgres',
  name: postgresSearchProjectionName,
  categories: searchCategories,
  handles: searchEventTypes,
  async apply(tx, event, { generation }) {
    const { stream, productId } = searchTargetOf(event);
    if (stream === 'product') await applyProductEvent(tx, generation, productId, event);
    else await applyInventoryEvent(tx, generation, productId, event);
  },
  dropGeneration: dropSearchGeneration,
};

async function applyProductEvent(
  tx: ReadModelsTransaction,
  generation: number,
  productId: string,
  event: RecordedEvent,
): Promise<void> {
  const before = await readProductPart(tx, generation, productId);
  const after = evolveProductPart(before, event);
  // Unchanged: already reflected. No state: an event of a product never added.
  if (after === before || after.state === null) return;
  await writeProducts(tx, generation, [{ productId, part: { ...after, state: after.state } }]);
  await adjustTerms(tx, generation, diffTerms(termsOf(before.state), termsOf(after.state)));
}

async function applyInventoryEvent(
  tx: ReadModelsTransaction,
  generation: number,
  productId: string,
  event: RecordedEvent,
): Promise<void> {
  const before = await readStockPart(tx, generation, productId);
  const after = evolveStockPart(before, event);
  if (after !== before) await writeStock(tx, generation, [{ productId, part: after }]);
}
