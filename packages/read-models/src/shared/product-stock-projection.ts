import type { RecordedEvent } from '@shop/domain';
import type { PostgresProjection } from '../runtime/projection';
import { applyToRow } from './apply-to-row';
import { applyToRows } from './apply-to-rows';
import { lockEntities, lockEntity } from './entity-lock';
import { MalformedEvent } from './malformed-event';
import {
  productStockCategories,
  productStockEventTypes,
  type ProductStockRow,
} from './product-stock';
import type { BatchRowTable } from './row-table';
import { categoryOf, entityIdOf } from './stream-id';

/** `product-<id>` and `inventory-<id>` streams both belong to the row of product `<id>`. */
function productIdOfStream(event: RecordedEvent): string {
  const category = categoryOf(event.streamId);
  if (!productStockCategories.includes(category)) {
    throw new MalformedEvent(event, 'is neither a product nor an inventory event');
  }
  return entityIdOf(event, category);
}

/**
 * A projection of one row per product fed by its product and inventory streams, which different
 * partitions apply at once. Each part of the row has one writer (its stream's partition, or a
 * rebuild), so a table whose saves merge the parts by version (`mergesParts`) needs no lock: a
 * write of one part keeps the other as it is now, whatever was read. Otherwise each apply locks the
 * product's row before reading it, and a batch all of its products (in one fixed order); those
 * locks would let the two partitions' batches, which share many products, run only one at a time.
 */
export function productStockProjection<Product>(
  name: string,
  evolve: (row: ProductStockRow<Product> | null, event: RecordedEvent) => ProductStockRow<Product>,
  table: BatchRowTable<ProductStockRow<Product>>,
): PostgresProjection {
  return {
    kind: 'postgres',
    name,
    categories: productStockCategories,
    handles: productStockEventTypes,
    async apply(tx, event, { generation }) {
      const productId = productIdOfStream(event);
      if (!table.mergesParts) await lockEntity(tx, name, generation, productId);
      await applyToRow(event, {
        load: () => table.load(tx, generation, productId),
        evolve,
        save: (row) => table.save(tx, generation, row),
      });
    },
    async applyBatch(tx, events, { generation }) {
      const productIds = events.map(productIdOfStream);
      if (!table.mergesParts) await lockEntities(tx, name, generation, productIds);
      await applyToRows(events, productIdOfStream, {
        loadMany: (ids) => table.loadMany(tx, generation, ids),
        evolve,
        saveMany: (rows) => table.saveMany(tx, generation, rows),
      });
    },
    dropGeneration: (tx, generation) => table.dropGeneration(tx, generation),
  };
}
