import type { ProductStockRow } from './product-stock';
import type { UpsertColumn } from './upsert-rows';

/** The stock half of a product-and-stock table, the same columns in each such table. */
export interface StockColumns {
  productId: string;
  productVersion: number;
  onHand: number;
  reserved: number;
  inventoryVersion: number;
  updatedAt: Date;
}

export const stockColumnsSelect = {
  productId: true,
  productVersion: true,
  onHand: true,
  reserved: true,
  inventoryVersion: true,
  updatedAt: true,
} as const;

export const stockToColumns = (row: ProductStockRow<unknown>): StockColumns => ({
  productId: row.productId,
  productVersion: row.productVersion,
  onHand: row.stock.onHand,
  reserved: row.stock.reserved,
  inventoryVersion: row.inventoryVersion,
  updatedAt: row.updatedAt,
});

export const stockFromColumns = <Product>(
  columns: StockColumns,
  product: Product | null,
): ProductStockRow<Product> => ({
  productId: columns.productId,
  product,
  productVersion: columns.productVersion,
  stock: { onHand: columns.onHand, reserved: columns.reserved },
  inventoryVersion: columns.inventoryVersion,
  updatedAt: columns.updatedAt,
});

/** An existing row's product columns change only for a newer product part (see mergesParts). */
export const newerProduct = { newerBy: 'product_version' } as const;
const newerStock = { newerBy: 'inventory_version' } as const;

/**
 * The same columns as `upsertRows` writes them, the key first. Each part of an existing row is
 * replaced only by a newer version of it and the later change time is kept, so a write of one part
 * never undoes a concurrent write of the other (see BatchRowTable.mergesParts).
 */
export const stockUpsertColumns: readonly UpsertColumn<ProductStockRow<unknown>>[] = [
  { name: 'product_id', type: 'uuid', value: (row) => row.productId },
  {
    name: 'product_version',
    type: 'int',
    value: (row) => row.productVersion,
    onConflict: newerProduct,
  },
  { name: 'on_hand', type: 'int', value: (row) => row.stock.onHand, onConflict: newerStock },
  { name: 'reserved', type: 'int', value: (row) => row.stock.reserved, onConflict: newerStock },
  {
    name: 'inventory_version',
    type: 'int',
    value: (row) => row.inventoryVersion,
    onConflict: newerStock,
  },
  {
    name: 'updated_at',
    type: 'timestamptz',
    value: (row) => row.updatedAt.toISOString(),
    onConflict: 'latest',
  },
];
