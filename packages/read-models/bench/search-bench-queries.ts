import type { ReadModelsPrisma } from '../src/prisma';
import type { SearchQueryInput } from '../src/search/search-query';
import { benchGeneration } from './search-bench-seed';

export interface BenchQuery {
  readonly label: string;
  readonly query: SearchQueryInput;
  /** The text the raw baseline matches; null: the baseline lists the newest page instead. */
  readonly rawText: string | null;
}

/** The storefront's kinds of search, each beside the plainest statement Postgres answers it with. */
export const benchQueries: readonly BenchQuery[] = [
  { label: 'one word', query: { text: 'lamp' }, rawText: 'lamp' },
  {
    label: 'two words + category + price range + in stock',
    query: {
      text: 'walnut lamp',
      category: 'office',
      minPrice: 1_000,
      maxPrice: 40_000,
      inStock: true,
    },
    rawText: 'walnut lamp',
  },
  { label: 'a typo ("keybord")', query: { text: 'keybord' }, rawText: 'keybord' },
  { label: 'browse, newest first, both facets', query: { sort: 'newest' }, rawText: null },
  {
    label: 'browse, newest first, no tag facet',
    query: { sort: 'newest', tagFacet: false },
    rawText: null,
  },
  {
    label: 'deep page (40) by price',
    query: { text: 'chair', sort: 'price_desc', page: 40 },
    rawText: 'chair',
  },
];

/**
 * The baseline: one plain full-text statement on the same table and generation, through the same
 * Prisma client (no transaction, no facets, no highlights, no typo tolerance, no paging).
 */
export async function rawSearch(prisma: ReadModelsPrisma, text: string | null): Promise<number> {
  const rows =
    text === null
      ? await prisma.$queryRaw<unknown[]>`
          SELECT product_id, name, price_minor FROM "search_products"
           WHERE generation = ${benchGeneration} ORDER BY added_at DESC LIMIT 20`
      : await prisma.$queryRaw<unknown[]>`
          SELECT product_id, name, price_minor FROM "search_products"
           WHERE generation = ${benchGeneration}
             AND search_vector @@ plainto_tsquery('english', ${text})
           ORDER BY ts_rank(search_vector, plainto_tsquery('english', ${text})) DESC LIMIT 20`;
  return rows.length;
}
