import { searchQuerySchema, type SearchQuery, type SearchQueryInput } from './search-query';
import type { SearchResult } from './search-result';

export type SearchEngineKind = 'postgres' | 'elasticsearch';

/** The storefront's product search; the same answers whichever engine serves it. */
export interface SearchEngine {
  readonly kind: SearchEngineKind;
  /** Throws a ZodError, with a message per field, for a query outside `searchQuerySchema`. */
  search(query: SearchQueryInput): Promise<SearchResult>;
}

/** An engine from its query runner: every engine validates its input the same way. */
export function searchEngine(
  kind: SearchEngineKind,
  run: (query: SearchQuery) => Promise<SearchResult>,
): SearchEngine {
  return { kind, search: async (query) => run(searchQuerySchema.parse(query)) };
}
