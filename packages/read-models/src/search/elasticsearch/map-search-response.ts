import type { estypes } from '@elastic/elasticsearch';
import { z } from 'zod';
import { composeSuggestion, wantsSuggestion } from '../did-you-mean';
import { hitHighlights } from '../highlight';
import type { SearchQuery } from '../search-query';
import type { FacetCount, SearchHit, SearchResult } from '../search-result';
import { searchSourceSchema } from './search-source';

const bucketsSchema = z.object({
  buckets: z.array(z.object({ key: z.string(), doc_count: z.number().int() })),
});

const aggregationsSchema = z.object({
  categories: bucketsSchema,
  /** Absent when the query asked for no tag facet. */
  tags: z.object({ values: bucketsSchema }).optional(),
  known_words: z
    .object({
      listed: z.object({
        words: z.object({
          buckets: z.record(z.string(), z.object({ doc_count: z.number().int() })),
        }),
      }),
    })
    .optional(),
});

const suggestionsSchema = z
  .object({
    words: z.array(
      z.object({ text: z.string(), options: z.array(z.object({ text: z.string() })) }),
    ),
  })
  .optional();

const listedSourceSchema = searchSourceSchema.extend({
  product: searchSourceSchema.shape.product.unwrap(),
});

const toFacet = ({ buckets }: z.infer<typeof bucketsSchema>): FacetCount[] =>
  buckets.map(({ key, doc_count }) => ({ value: key, count: doc_count }));

function toHit(hit: estypes.SearchHit<unknown>): SearchHit {
  const { productId, product, inStock } = listedSourceSchema.parse(hit._source);
  const { name, category, tags, price } = product;
  const highlights = hitHighlights({
    name: hit.highlight?.['product.name'],
    description: hit.highlight?.['product.description'],
  });
  return { productId, name, price, category, tags, inStock, highlights };
}

const totalOf = (total: estypes.SearchTotalHits | number | undefined): number =>
  typeof total === 'number' ? total : (total?.value ?? 0);

/** The engine-neutral answer to `query` from Elasticsearch's response. Pure. */
export function mapSearchResponse(
  response: estypes.SearchResponse<unknown>,
  query: SearchQuery,
): SearchResult {
  const aggregations = aggregationsSchema.parse(response.aggregations);
  const total = totalOf(response.hits.total);
  const result: SearchResult = {
    hits: response.hits.hits.map(toHit),
    total,
    facets: {
      categories: toFacet(aggregations.categories),
      tags: tagFacetOf(aggregations, query),
    },
    page: query.page,
    pageSize: query.pageSize,
  };
  if (!wantsSuggestion(query.text, total)) return result;
  const didYouMean = suggestion(query.text, response.suggest, aggregations);
  return didYouMean === undefined ? result : { ...result, didYouMean };
}

function tagFacetOf(
  { tags }: z.infer<typeof aggregationsSchema>,
  query: SearchQuery,
): FacetCount[] {
  if (!query.tagFacet) return [];
  if (!tags) throw new Error('Elasticsearch answered without the tag facet the query asked for');
  return toFacet(tags.values);
}

function suggestion(
  text: string,
  suggest: unknown,
  aggregations: z.infer<typeof aggregationsSchema>,
): string | undefined {
  const known = aggregations.known_words?.listed.words.buckets ?? {};
  const corrections = new Map<string, string>();
  for (const { text: word, options } of suggestionsSchema.parse(suggest)?.words ?? []) {
    const [best] = options;
    if (best && (known[word]?.doc_count ?? 0) === 0) corrections.set(word, best.text);
  }
  return composeSuggestion(text, corrections);
}

/** The answer when there is nothing to search yet (no generation made live). */
export const emptySearchResult = (query: SearchQuery): SearchResult => ({
  hits: [],
  total: 0,
  facets: { categories: [], tags: [] },
  page: query.page,
  pageSize: query.pageSize,
});
