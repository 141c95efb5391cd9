import type { ProductStockRow } from './product-stock';

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
