import type { PostgresProjection } from '../runtime/projection';
import { productStockProjection } from '../shared/product-stock-projection';
import {
  stockColumnsSelect,
  stockFromColumns,
  stockToColumns,
  stockUpsertColumns,
  type StockColumns,
} from '../shared/product-stock-columns';
import { productStatusOf } from '../shared/product-status';
import type { BatchRowTable } from '../shared/row-table';
import { present } from '../shared/stored-row';
import { upsertRows, type UpsertColumn } from '../shared/upsert-rows';
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

const upsertColumns: readonly UpsertColumn<InventoryLevelRow>[] = [
  ...stockUpsertColumns,
  { name: 'product_status', type: 'text', value: ({ product }) => productStatusOf(product) },
  { name: 'product_name', type: 'text', value: ({ product }) => product?.name ?? null },
];

const inventoryLevelTable: BatchRowTable<InventoryLevelRow> = {
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
  async loadMany(tx, generation, ids) {
    const rows = await tx.inventoryLevel.findMany({
      where: { generation, productId: { in: [...ids] } },
      select: inventoryLevelSelect,
    });
    return new Map(rows.map((columns) => [columns.productId, inventoryLevelFromColumns(columns)]));
  },
  saveMany: (tx, generation, rows) =>
    upsertRows(tx, 'inventory_levels', 'product_id', upsertColumns, generation, rows),
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
