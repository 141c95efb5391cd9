import type { ListCatalogInput } from '@shop/read-models';
import type { Route } from 'next';
import {
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
export const storefrontSorts = ['newest', 'price-asc', 'price-desc', 'name'] as const;
export type StorefrontSort = (typeof storefrontSorts)[number];

const catalogSorts = {
  newest: 'newest',
  'price-asc': 'priceAscending',
  'price-desc': 'priceDescending',
  name: 'name',
} as const satisfies Record<StorefrontSort, NonNullable<ListCatalogInput['sort']>>;

export const storefrontPageSize = 12;

/** The storefront's filters as its URL holds them, so that a filtered list can be shared. */
export interface StorefrontFilters extends Refinements<StorefrontSort> {
  readonly category?: string;
}

export const defaultStorefrontFilters: StorefrontFilters = {
  inStock: false,
  sort: 'newest',
  page: 1,
};

const maxCategoryLength = 40;

/**
 * Reads `?category=&min=&max=&in-stock=1&sort=&page=`. The URL is user input: a value that cannot
 * be used is left out and named in `problems`, and the rest still applies.
 */
export function storefrontFiltersFrom(params: SearchParams): {
  filters: StorefrontFilters;
  problems: UrlProblem[];
} {
  const collector = problemCollector();
  const category = firstValue(params, 'category')?.toLowerCase();
  const categoryFits = category !== undefined && category.length <= maxCategoryLength;
  if (category !== undefined && !categoryFits) {
    collector.problems.push({
      param: 'category',
      message: `Category must be at most ${maxCategoryLength} characters`,
    });
  }
  const refinements = refinementsFrom(params, collector, storefrontSorts);
  return {
    filters: { ...(categoryFits && { category }), ...refinements },
    problems: collector.problems,
  };
}

/** What `catalog.list` is asked for these filters. */
export function catalogQueryOf(filters: StorefrontFilters): ListCatalogInput {
  return {
    category: filters.category,
    minPriceMinor: filters.minPriceMinor,
    maxPriceMinor: filters.maxPriceMinor,
    inStockOnly: filters.inStock,
    sort: catalogSorts[filters.sort],
    page: filters.page,
    pageSize: storefrontPageSize,
  };
}

/** The storefront's address for these filters; defaults are left out so links stay short. */
export function storefrontHref(filters: StorefrontFilters): Route {
  const entries = [
    ['category', filters.category] as const,
    ...refinementEntries(filters, storefrontSorts),
  ];
  return `/${queryString(entries)}` as Route;
}
