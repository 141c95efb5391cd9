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

// Prices are Postgres integers (minor units).
const maxPriceMinor = 2_147_483_647;
const priceBound = (label: string) =>
  z
    .number({ error: `${label} must be a number of minor units (cents)` })
    .int(`${label} must be whole minor units (cents)`)
    .min(0, `${label} cannot be negative`)
    .max(maxPriceMinor, `${label} is too large`);

export const listCatalogInputSchema = pageInputSchema
  .extend({
    category: z.string().trim().toLowerCase().min(1).max(40).optional(),
    /** Only products that can be ordered now. */
    inStockOnly: z.boolean().default(false),
    /** Inclusive bounds on the price, in minor units whatever the currency. */
    minPriceMinor: priceBound('Minimum price').optional(),
    maxPriceMinor: priceBound('Maximum price').optional(),
    sort: catalogSortSchema.default('newest'),
  })
  .refine(
    ({ minPriceMinor, maxPriceMinor }) =>
      minPriceMinor === undefined || maxPriceMinor === undefined || minPriceMinor <= maxPriceMinor,
    { message: 'Minimum price must not be above the maximum price', path: ['maxPriceMinor'] },
  );
export type ListCatalogInput = z.input<typeof listCatalogInputSchema>;

export const catalogProductViewSchema = listingViewSchema;
export type CatalogProductView = z.infer<typeof catalogProductViewSchema>;

export const categoryCountSchema = z.object({
  category: z.string(),
  count: z.number().int().nonnegative(),
});
export type CategoryCount = z.infer<typeof categoryCountSchema>;

export const catalogPageSchema = z.object({
  products: z.array(catalogProductViewSchema),
  page: pageInfoSchema,
  /**
   * Listed products per category, counted with every filter but the category (so the other
   * categories stay choosable), largest first.
   */
  categories: z.array(categoryCountSchema),
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
    const anyCategory: Prisma.CatalogProductWhereInput = {
      generation,
      status: 'Listed',
      ...(query.inStockOnly && { onHand: { gt: tx.catalogProduct.fields.reserved } }),
      ...((query.minPriceMinor !== undefined || query.maxPriceMinor !== undefined) && {
        priceMinor: { gte: query.minPriceMinor, lte: query.maxPriceMinor },
      }),
    };
    const where = { ...anyCategory, category: query.category };
    const [rows, totalItems, categories] = await Promise.all([
      tx.catalogProduct.findMany({
        where,
        select: listingColumnsSelect,
        orderBy: orderBy[query.sort],
        ...skipTake(query),
      }),
      tx.catalogProduct.count({ where }),
      tx.catalogProduct.groupBy({
        by: ['category'],
        where: { ...anyCategory, category: { not: null } },
        _count: { _all: true },
      }),
    ]);
    const products = rows.map((row) => present(listingView(listingFromColumns(row)), 'status'));
    return {
      products,
      page: pageInfo(query, totalItems),
      categories: categoryCounts(categories),
    };
  });
}

function categoryCounts(
  groups: readonly { category: string | null; _count: { _all: number } }[],
): CategoryCount[] {
  return groups
    .flatMap(({ category, _count }) =>
      category === null ? [] : [{ category, count: _count._all }],
    )
    .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category));
}

/** Cheap to poll: how far the catalog has read the log. */
export const getCatalogCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, catalogProjectionName);
