import { errors, type Client } from '@elastic/elasticsearch';
import { searchEngine, type SearchEngine } from '../search-engine';
import { defaultRetryPolicy, retryWhenOverloaded, type RetryPolicy } from './backoff';
import { buildSearchRequest } from './build-search-request';
import { emptySearchResult, mapSearchResponse } from './map-search-response';
import { defaultSearchAlias } from './search-index';

export interface ElasticsearchSearchEngineOptions {
  client: Client;
  alias?: string;
  retry?: Partial<RetryPolicy>;
}

export function createElasticsearchSearchEngine(
  options: ElasticsearchSearchEngineOptions,
): SearchEngine {
  const alias = options.alias ?? defaultSearchAlias;
  const retry = { ...defaultRetryPolicy, ...options.retry };
  return searchEngine('elasticsearch', async (query) => {
    try {
      const response = await retryWhenOverloaded('a search', retry, () =>
        options.client.search(buildSearchRequest(query, alias)),
      );
      return mapSearchResponse(response, query);
    } catch (error) {
      // No generation has been made live yet: nothing is searchable, which is not an error.
      if (isIndexNotFound(error)) return emptySearchResult(query);
      throw error;
    }
  });
}

const isIndexNotFound = (error: unknown): boolean =>
  error instanceof errors.ResponseError &&
  error.statusCode === 404 &&
  JSON.stringify(error.body).includes('index_not_found_exception');
