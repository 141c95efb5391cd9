import type { estypes } from '@elastic/elasticsearch';
import { correctableWords, minCorrectedWordLength } from '../did-you-mean';
import { highlightEnd, highlightStart } from '../highlight';
import type { SearchQuery, SearchSort } from '../search-query';
import { facetSize } from '../search-result';

const byCountThenValue: estypes.AggregationsAggregateOrder = [{ _count: 'desc' }, { _key: 'asc' }];
const tieBreak: estypes.SortCombinations = { productId: 'asc' };
const newest: estypes.SortCombinations[] = [{ 'product.addedAt': 'desc' }, tieBreak];
const sorts: Record<Exclude<SearchSort, 'relevance'>, estypes.SortCombinations[]> = {
  newest,
  price_asc: [{ 'product.price.amountMinor': 'asc' }, tieBreak],
  price_desc: [{ 'product.price.amountMinor': 'desc' }, tieBreak],
};

/**
 * Words match stemmed in any field (`searchText`) or, one or two typos away, as written
 * (`words`); the per-field clause only ranks: a name match above a description match.
 */
function textQuery(text: string): estypes.QueryDslQueryContainer {
  return {
    bool: {
      should: [
        { match: { searchText: { query: text, operator: 'and' } } },
        { match: { words: { query: text, operator: 'and', fuzziness: 'AUTO', prefix_length: 1 } } },
      ],
      minimum_should_match: 1,
    },
  };
}

function filters(query: SearchQuery): estypes.QueryDslQueryContainer[] {
  const { tags, minPrice, maxPrice, inStock } = query;
  return [
    { term: { listed: true } },
    ...(minPrice === undefined && maxPrice === undefined
      ? []
      : [
          {
            range: {
              'product.price.amountMinor': {
                ...(minPrice === undefined ? {} : { gte: minPrice }),
                ...(maxPrice === undefined ? {} : { lte: maxPrice }),
              },
            },
          },
        ]),
    ...(inStock ? [{ term: { inStock: true } }] : []),
    ...tags.map((tag) => ({ term: { 'product.tags': tag } })),
  ];
}

/**
 * The category filter is a post_filter: hits and the tag facet see it, the category facet does
 * not, so every category keeps its count while one is selected.
 */
export function buildSearchRequest(query: SearchQuery, index: string): estypes.SearchRequest {
  const { text, category, sort, page, pageSize } = query;
  const categoryFilter =
    category === undefined ? undefined : { term: { 'product.category': category } };
  const ranking: estypes.QueryDslQueryContainer[] = text
    ? [
        {
          multi_match: {
            query: text,
            fields: [
              'product.name^3',
              'product.tags^2',
              'product.category^2',
              'product.description',
            ],
          },
        },
      ]
    : [];
  return {
    index,
    from: (page - 1) * pageSize,
    size: pageSize,
    track_total_hits: true,
    query: {
      bool: {
        must: text ? [textQuery(text)] : [{ match_all: {} }],
        should: ranking,
        filter: filters(query),
      },
    },
    ...(categoryFilter ? { post_filter: categoryFilter } : {}),
    aggs: {
      categories: {
        terms: { field: 'product.category', size: facetSize, order: byCountThenValue },
      },
      ...(query.tagFacet ? { tags: tagFacet(categoryFilter) } : {}),
      ...knownWords(text),
    },
    sort: sort === 'relevance' ? (text ? ['_score', tieBreak] : newest) : sorts[sort],
    ...(text ? { highlight: highlight(), suggest: suggest(text) } : {}),
  };
}

/** Counted after the category filter, like the hits. */
function tagFacet(
  categoryFilter: estypes.QueryDslQueryContainer | undefined,
): estypes.AggregationsAggregationContainer {
  return {
    filter: categoryFilter ?? { match_all: {} },
    aggs: {
      values: { terms: { field: 'product.tags', size: facetSize, order: byCountThenValue } },
    },
  };
}

function highlight(): estypes.SearchHighlight {
  return {
    pre_tags: [highlightStart],
    post_tags: [highlightEnd],
    fields: {
      'product.name': { number_of_fragments: 0 },
      'product.description': { fragment_size: 120, number_of_fragments: 2 },
    },
  };
}

/** The closest indexed word for each query word Elasticsearch has not indexed as written. */
function suggest(text: string): estypes.SearchSuggester {
  return {
    text,
    words: {
      term: {
        field: 'words',
        suggest_mode: 'missing',
        min_word_length: minCorrectedWordLength,
        size: 1,
        sort: 'score',
      },
    },
  };
}

/**
 * Whether each word matches some listed product stemmed ("lamps" for a "lamp"): such a word is
 * spelled right, whatever the term suggester says. A global aggregation, so filters do not hide it.
 */
function knownWords(text: string): Record<string, estypes.AggregationsAggregationContainer> {
  const words = correctableWords(text);
  if (words.length === 0) return {};
  return {
    known_words: {
      global: {},
      aggs: {
        listed: {
          filter: { term: { listed: true } },
          aggs: {
            words: {
              filters: {
                filters: Object.fromEntries(
                  words.map((word) => [word, { match: { searchText: word } }]),
                ),
              },
            },
          },
        },
      },
    },
  };
}
