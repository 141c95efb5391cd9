import { z } from 'zod';

/** Bounds of a search query; the Elasticsearch engine cannot page past `maxResultWindow` hits. */
export const searchLimits = {
  maxTextLength: 200,
  maxPageSize: 50,
  defaultPageSize: 20,
  maxResultWindow: 10_000,
  maxTags: 10,
  // Prices are Postgres integers (minor units).
  maxPriceMinor: 2_147_483_647,
} as const;

export const searchSorts = ['relevance', 'price_asc', 'price_desc', 'newest'] as const;
export type SearchSort = (typeof searchSorts)[number];

const priceBound = (label: string) =>
  z
    .number({ error: `${label} must be a number of minor units (cents)` })
    .int(`${label} must be whole minor units (cents)`)
    .min(0, `${label} cannot be negative`)
    .max(searchLimits.maxPriceMinor, `${label} is too large`);

const facetValue = (label: string, maxLength: number) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, `${label} cannot be empty`)
    .max(maxLength, `${label} must be at most ${maxLength} characters`);

/**
 * What the storefront may ask. One schema for the tRPC input and the engines: an engine parses
 * again, so a caller that skipped the boundary still cannot send it an unbounded query.
 */
export const searchQuerySchema = z
  .object({
    text: z
      .string({ error: 'Search text must be text' })
      .max(
        searchLimits.maxTextLength,
        `Search text must be at most ${searchLimits.maxTextLength} characters`,
      )
      .trim()
      .default(''),
    category: facetValue('Category', 40).optional(),
    /** A product must carry every tag given. */
    tags: z
      .array(facetValue('A tag', 30))
      .max(searchLimits.maxTags, `At most ${searchLimits.maxTags} tags`)
      .default([]),
    /** Inclusive bounds, in minor units. */
    minPrice: priceBound('Minimum price').optional(),
    maxPrice: priceBound('Maximum price').optional(),
    /** `true` keeps only products that can be ordered now; absent or `false` keeps all. */
    inStock: z.boolean().optional(),
    /**
     * Count the tag facet. It is the costliest part of an answer (every tag of every match is
     * counted), so a page that does not show tags can leave it out: `facets.tags` is then empty.
     */
    tagFacet: z.boolean({ error: 'tagFacet must be true or false' }).default(true),
    sort: z
      .enum(searchSorts, { error: `Sort must be one of ${searchSorts.join(', ')}` })
      .default('relevance'),
    page: z
      .number()
      .int('Page must be a whole number')
      .min(1, 'Pages start at 1')
      .max(searchLimits.maxResultWindow, 'Page is too large')
      .default(1),
    pageSize: z
      .number()
      .int('Page size must be a whole number')
      .min(1, 'Page size must be at least 1')
      .max(searchLimits.maxPageSize, `Page size must be at most ${searchLimits.maxPageSize}`)
      .default(searchLimits.defaultPageSize),
  })
  .refine(
    ({ minPrice, maxPrice }) =>
      minPrice === undefined || maxPrice === undefined || minPrice <= maxPrice,
    { message: 'Minimum price must not be above the maximum price', path: ['maxPrice'] },
  )
  .refine(({ page, pageSize }) => page * pageSize <= searchLimits.maxResultWindow, {
    message: `Only the first ${searchLimits.maxResultWindow} results can be paged through`,
    path: ['page'],
  });

/** What a caller sends (defaults may be left out). */
export type SearchQueryInput = z.input<typeof searchQuerySchema>;
/** What an engine runs: validated, trimmed, defaults filled in. */
export type SearchQuery = z.output<typeof searchQuerySchema>;
