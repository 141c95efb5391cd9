import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpoint, readModelCheckpointSchema } from '../shared/checkpoint';
import { listingColumnsSelect, listingFromColumns } from '../shared/listing-columns';
import { listingView, listingViewSchema } from '../shared/listing-view';
import { pageInfo, pageInfoSchema, pageInputSchema, skipTake } from '../shared/page';
import { readProjection } from '../shared/read-projection';
import { present } from '../shared/stored-row';
import { catalogProjectionName } from './catalog-product.store';

export const catalogSortSchema = z.enum(['newest', 'priceAscending', 'priceDescending', 'name']);

export const listCatalogInputSchema = pageInputSchema.extend({
  category: z.string().trim().toLowerCase().min(1).max(40).optional(),
  /** Only products that can be ordered now. */
  inStockOnly: z.boolean().default(false),
  sort: catalogSortSchema.default('newest'),
});
export type ListCatalogInput = z.input<typeof listCatalogInputSchema>;

export const catalogProductViewSchema = listingViewSchema;
export type CatalogProductView = z.infer<typeof catalogProductViewSchema>;

export const catalogPageSchema = z.object({
  products: z.array(catalogProductViewSchema),
  page: pageInfoSchema,
  checkpoint: readModelCheckpointSchema,
});
export type CatalogPage = z.infer<typeof catalogPageSchema>;

const orderBy = {
  newest: [{ addedAt: 'desc' }, { productId: 'asc' }],
  priceAscending: [{ priceMinor: 'asc' }, { productId: 'asc' }],
  priceDescending: [{ priceMinor: 'desc' }, { productId: 'asc' }],
  name: [{ name: 'asc' }, { productId: 'asc' }],
} satisfies Record<
  z.infer<typeof catalogSortSchema>,
  Prisma.CatalogProductOrderByWithRelationInput[]
>;

/** The storefront's listed products, a page at a time, with the checkpoint they reflect. */
export async function listCatalog(
  prisma: ReadModelsPrisma,
  input: ListCatalogInput = {},
): Promise<CatalogPage> {
  const query = listCatalogInputSchema.parse(input);
  return readProjection(prisma, catalogProjectionName, async (tx, generation) => {
    const where: Prisma.CatalogProductWhereInput = {
      generation,
      status: 'Listed',
      category: query.category,
      ...(query.inStockOnly && { onHand: { gt: tx.catalogProduct.fields.reserved } }),
    };
    const [rows, totalItems] = await Promise.all([
      tx.catalogProduct.findMany({
        where,
        select: listingColumnsSelect,
        orderBy: orderBy[query.sort],
        ...skipTake(query),
      }),
      tx.catalogProduct.count({ where }),
    ]);
    const products = rows.map((row) => present(listingView(listingFromColumns(row)), 'status'));
    return { products, page: pageInfo(query, totalItems) };
  });
}

/** Cheap to poll: how far the catalog has read the log. */
export const getCatalogCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, catalogProjectionName);
