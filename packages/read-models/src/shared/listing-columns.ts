import { z } from 'zod';
import { Prisma } from '../generated/prisma/client';
import type { ProductListing } from './product-listing';
import {
  stockColumnsSelect,
  stockFromColumns,
  stockToColumns,
  type StockColumns,
} from './product-stock-columns';
import type { ProductStockRow } from './product-stock';
import { productStatusOf } from './product-status';
import { parseColumn, present } from './stored-row';

/**
 * A product listing with its stock, stored flat in the catalog's and the product page's tables
 * (the same columns in both). The product columns are null while the product is Unlisted.
 */
export type ListingRow = ProductStockRow<ProductListing>;

export const listingColumnsSelect = {
  ...stockColumnsSelect,
  status: true,
  name: true,
  description: true,
  category: true,
  tags: true,
  priceMinor: true,
  currency: true,
  addedAt: true,
} as const;

export interface ListingColumns extends StockColumns {
  status: string;
  name: string | null;
  description: string | null;
  category: string | null;
  tags: Prisma.JsonValue | null;
  priceMinor: number | null;
  currency: string | null;
  addedAt: Date | null;
}

const tagsSchema = z.array(z.string());

export function listingToColumns(row: ListingRow) {
  const { product } = row;
  return {
    ...stockToColumns(row),
    status: productStatusOf(product),
    name: product?.name ?? null,
    description: product?.description ?? null,
    category: product?.category ?? null,
    tags: product ? [...product.tags] : Prisma.DbNull,
    priceMinor: product?.price.amountMinor ?? null,
    currency: product?.price.currency ?? null,
    addedAt: product?.addedAt ?? null,
  };
}

export function listingFromColumns(columns: ListingColumns): ListingRow {
  if (columns.status === 'Unlisted') return stockFromColumns<ProductListing>(columns, null);
  return stockFromColumns(columns, {
    name: present(columns.name, 'name'),
    description: present(columns.description, 'description'),
    category: present(columns.category, 'category'),
    tags: parseColumn(tagsSchema, columns.tags, 'tags'),
    price: {
      amountMinor: present(columns.priceMinor, 'price_minor'),
      currency: present(columns.currency, 'currency'),
    },
    discontinued: columns.status === 'Discontinued',
    addedAt: present(columns.addedAt, 'added_at'),
  });
}
