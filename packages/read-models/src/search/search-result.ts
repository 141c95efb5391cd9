import { moneySchema } from '@shop/domain';
import { z } from 'zod';

/**
 * HTML that is safe to render as is: every character of the product's text is escaped and the only
 * markup is `<mark>` around the words that matched (see highlight.ts).
 */
const highlightedHtml = z.string();

export const searchHitSchema = z.object({
  productId: z.uuid(),
  name: z.string(),
  price: moneySchema,
  category: z.string(),
  tags: z.array(z.string()),
  inStock: z.boolean(),
  /** Present for a field where the query's words were found. */
  highlights: z.object({
    name: highlightedHtml.optional(),
    description: highlightedHtml.optional(),
  }),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

/** How many values each facet lists, most frequent first. */
export const facetSize = 20;

export const facetCountSchema = z.object({
  value: z.string(),
  count: z.number().int().nonnegative(),
});
export type FacetCount = z.infer<typeof facetCountSchema>;

export const searchResultSchema = z.object({
  hits: z.array(searchHitSchema),
  /** Every product that matches, across pages. */
  total: z.number().int().nonnegative(),
  facets: z.object({
    /** Counted with every filter but the category, so the other categories stay selectable. */
    categories: z.array(facetCountSchema),
    /** Counted with every filter; empty when the query asked for no tag facet. */
    tags: z.array(facetCountSchema),
  }),
  /** A better spelled query, offered when the query found few products. */
  didYouMean: z.string().optional(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
