import { errors, type Client, type estypes } from '@elastic/elasticsearch';
import { pino, type Logger } from 'pino';
import type { ExternalProjection } from '../../runtime/projection';
import { searchCategories, searchEventTypes } from '../search-events';
import { applySearchBatch } from './apply-search-batch';
import { defaultRetryPolicy, retryWhenOverloaded, type RetryPolicy } from './backoff';
import type { BulkContext } from './bulk-index';
import {
  defaultSearchAlias,
  generationIndex,
  generationIndexPattern,
  searchIndexMappings,
  searchIndexSettings,
} from './search-index';

export const elasticsearchSearchProjectionName = 'search-elasticsearch';

export interface ElasticsearchSearchProjectionOptions {
  client: Client;
  /** The alias readers query; generation indexes are named `<alias>-g<n>`. */
  alias?: string;
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
  /** `wait_for` makes writes visible to searches before applyBatch returns (tests). */
  refresh?: estypes.Refresh;
}

/**
 * The search index in Elasticsearch. It cannot share the checkpoint's transaction, so its writes
 * are idempotent by themselves (external versions); a rebuild fills a new index and swaps the alias.
 */
export function createElasticsearchSearchProjection(
  options: ElasticsearchSearchProjectionOptions,
): ExternalProjection {
  const alias = options.alias ?? defaultSearchAlias;
  const { client } = options;
  const context: BulkContext = {
    client,
    retry: { ...defaultRetryPolicy, ...options.retry },
    logger: (options.logger ?? pino({ enabled: false })).child({
      projection: elasticsearchSearchProjectionName,
    }),
    refresh: options.refresh ?? false,
  };
  const indexOf = (generation: number) => generationIndex(alias, generation);
  const dropGeneration = async (generation: number) => {
    await client.indices.delete({ index: indexOf(generation) }, { ignore: [404] });
  };
  return {
    kind: 'external',
    name: elasticsearchSearchProjectionName,
    categories: searchCategories,
    handles: searchEventTypes,
    applyBatch: (events, { generation }) => applySearchBatch(context, indexOf(generation), events),
    async createGeneration(generation) {
      await retryWhenOverloaded('an index creation', context.retry, () =>
        client.indices
          .create({
            index: indexOf(generation),
            settings: searchIndexSettings,
            mappings: searchIndexMappings,
          })
          .catch(ignoreAlreadyExists),
      );
    },
    async activateGeneration(generation, previous) {
      // One request, so readers see the old index or the new one, never none.
      await client.indices.updateAliases({
        actions: [
          { remove: { index: generationIndexPattern(alias), alias, must_exist: false } },
          { add: { index: indexOf(generation), alias } },
        ],
      });
      if (previous !== null && previous !== generation) await dropGeneration(previous);
    },
    dropGeneration,
  };
}

/** A generation index made by an earlier, interrupted attempt is the same index: keep it. */
function ignoreAlreadyExists(error: unknown): void {
  const alreadyExists =
    error instanceof errors.ResponseError &&
    error.statusCode === 400 &&
    JSON.stringify(error.body).includes('resource_already_exists_exception');
  if (!alreadyExists) throw error;
}
