import type { PostgresProjection } from '../runtime/projection';
import { productStockProjection } from '../shared/product-stock-projection';
import {
  stockColumnsSelect,
  stockFromColumns,
  stockToColumns,
  type StockColumns,
} from '../shared/product-stock-columns';
import { productStatusOf } from '../shared/product-status';
import type { RowTable } from '../shared/row-table';
import { present } from '../shared/stored-row';
import { evolveInventoryLevel, type InventoryLevelRow } from './inventory-level.projection';

export const inventoryLevelsProjectionName = 'inventory-levels';

export const inventoryLevelSelect = {
  ...stockColumnsSelect,
  productStatus: true,
  productName: true,
} as const;

export function inventoryLevelFromColumns(
  columns: StockColumns & { productStatus: string; productName: string | null },
): InventoryLevelRow {
  const label =
    columns.productStatus === 'Unlisted'
      ? null
      : {
          name: present(columns.productName, 'product_name'),
          discontinued: columns.productStatus === 'Discontinued',
        };
  return stockFromColumns(columns, label);
}

const toColumns = (row: InventoryLevelRow) => ({
  ...stockToColumns(row),
  productStatus: productStatusOf(row.product),
  productName: row.product?.name ?? null,
});

const inventoryLevelTable: RowTable<InventoryLevelRow> = {
  async load(tx, generation, productId) {
    const columns = await tx.inventoryLevel.findUnique({
      where: { generation_productId: { generation, productId } },
      select: inventoryLevelSelect,
    });
    return columns && inventoryLevelFromColumns(columns);
  },
  async save(tx, generation, row) {
    const columns = toColumns(row);
    await tx.inventoryLevel.upsert({
      where: { generation_productId: { generation, productId: row.productId } },
      create: { generation, ...columns },
      update: columns,
      select: { productId: true },
    });
  },
  async dropGeneration(tx, generation) {
    await tx.inventoryLevel.deleteMany({ where: { generation } });
  },
};

/** Stock levels for the back office, fed by inventory events and labelled by product events. */
export const inventoryLevelsProjection: PostgresProjection = productStockProjection(
  inventoryLevelsProjectionName,
  evolveInventoryLevel,
  inventoryLevelTable,
);
