import type { SearchQueryInput, SearchSort } from '@shop/read-models';
import type { Route } from 'next';
import {
  allValues,
  firstValue,
  problemCollector,
  queryString,
  refinementEntries,
  refinementsFrom,
  type Refinements,
  type SearchParams,
  type UrlProblem,
} from './url-params';

/** The first is the default. */
export const searchPageSorts = ['relevance', 'price-asc', 'price-desc', 'newest'] as const;
export type SearchPageSort = (typeof searchPageSorts)[number];

const engineSorts = {
  relevance: 'relevance',
  'price-asc': 'price_asc',
  'price-desc': 'price_desc',
  newest: 'newest',
} as const satisfies Record<SearchPageSort, SearchSort>;

export const searchPageSize = 12;

/** The search page's query as its URL holds it: `?q=&category=&tag=&tag=&min=&max=&in-stock=1&sort=&page=`. */
export interface SearchFilters extends Refinements<SearchPageSort> {
  readonly text: string;
  readonly category?: string;
  readonly tags: readonly string[];
}

/**
 * Reads the URL. Values that are not of the right kind (a page that is not a number, a price that
 * is not an amount) are `problems`; the bounds (text length, facet lengths, page depth) are the
 * query schema's to judge, with the same messages as the API's.
 */
export function searchFiltersFrom(params: SearchParams): {
  filters: SearchFilters;
  problems: UrlProblem[];
} {
  const collector = problemCollector();
  const category = firstValue(params, 'category');
  return {
    filters: {
      text: firstValue(params, 'q') ?? '',
      ...(category !== undefined && { category }),
      tags: [...new Set(allValues(params, 'tag'))],
      ...refinementsFrom(params, collector, searchPageSorts),
    },
    problems: collector.problems,
  };
}

/** What `search.products` is asked for these filters. */
export function searchQueryOf(filters: SearchFilters): SearchQueryInput {
  return {
    text: filters.text,
    category: filters.category,
    tags: [...filters.tags],
    minPrice: filters.minPriceMinor,
    maxPrice: filters.maxPriceMinor,
    inStock: filters.inStock || undefined,
    sort: engineSorts[filters.sort],
    page: filters.page,
    pageSize: searchPageSize,
  };
}

/** The search page's address for these filters; defaults are left out so links stay short. */
export function searchHref(filters: SearchFilters): Route {
  const entries = [
    ['q', filters.text] as const,
    ['category', filters.category] as const,
    ...filters.tags.map((tag) => ['tag', tag] as const),
    ...refinementEntries(filters, searchPageSorts),
  ];
  return `/search${queryString(entries)}` as Route;
}
