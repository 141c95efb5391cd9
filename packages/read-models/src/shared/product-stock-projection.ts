import type { RecordedEvent } from '@shop/domain';
import type { PostgresProjection } from '../runtime/projection';
import { applyToRow } from './apply-to-row';
import { lockEntity } from './entity-lock';
import { MalformedEvent } from './malformed-event';
import {
  productStockCategories,
  productStockEventTypes,
  type ProductStockRow,
} from './product-stock';
import type { RowTable } from './row-table';
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
 * A projection of one row per product fed by its product and inventory streams. The two streams
 * are applied by different partitions at once, so each apply locks the product's row first.
 */
export function productStockProjection<Product>(
  name: string,
  evolve: (row: ProductStockRow<Product> | null, event: RecordedEvent) => ProductStockRow<Product>,
  table: RowTable<ProductStockRow<Product>>,
): PostgresProjection {
  return {
    kind: 'postgres',
    name,
    categories: productStockCategories,
    handles: productStockEventTypes,
    async apply(tx, event, { generation }) {
      const productId = productIdOfStream(event);
      await lockEntity(tx, name, generation, productId);
      await applyToRow(event, {
        load: () => table.load(tx, generation, productId),
        evolve,
        save: (row) => table.save(tx, generation, row),
      });
    },
    dropGeneration: (tx, generation) => table.dropGeneration(tx, generation),
  };
}
