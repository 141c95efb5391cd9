import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { ProductListing } from './product-listing';
import {
  stockColumnsSelect,
  stockFromColumns,
  newerProduct,
  stockUpsertColumns,
  type StockColumns,
} from './product-stock-columns';
import type { ProductStockRow } from './product-stock';
import { productStatusOf } from './product-status';
import { parseColumn, present } from './stored-row';
import type { UpsertColumn } from './upsert-rows';

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

/** The product part of a listing row as `upsertRows` writes it (tags as JSON text). */
const productColumns: readonly Omit<UpsertColumn<ListingRow>, 'onConflict'>[] = [
  { name: 'status', type: 'text', value: ({ product }) => productStatusOf(product) },
  { name: 'name', type: 'text', value: ({ product }) => product?.name ?? null },
  { name: 'description', type: 'text', value: ({ product }) => product?.description ?? null },
  { name: 'category', type: 'text', value: ({ product }) => product?.category ?? null },
  {
    name: 'tags',
    type: 'jsonb',
    value: ({ product }) => (product ? JSON.stringify(product.tags) : null),
  },
  { name: 'price_minor', type: 'int', value: ({ product }) => product?.price.amountMinor ?? null },
  { name: 'currency', type: 'text', value: ({ product }) => product?.price.currency ?? null },
  {
    name: 'added_at',
    type: 'timestamptz',
    value: ({ product }) => product?.addedAt.toISOString() ?? null,
  },
];

/** A listing row's columns as `upsertRows` writes them, each part merged by its version. */
export const listingUpsertColumns: readonly UpsertColumn<ListingRow>[] = [
  ...stockUpsertColumns,
  ...productColumns.map((column) => ({ ...column, onConflict: newerProduct })),
];
