import { Client } from '@elastic/elasticsearch';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { ReadModelsPrisma } from '../prisma';
import type { Projection } from '../runtime/projection';
import { readModelCheckpoint, type ReadModelCheckpoint } from '../shared/checkpoint';
import { createElasticsearchSearchEngine } from './elasticsearch/elasticsearch-search-engine';
import {
  createElasticsearchSearchProjection,
  elasticsearchSearchProjectionName,
} from './elasticsearch/elasticsearch-search.projection';
import { createPostgresSearchEngine } from './postgres/postgres-search-engine';
import {
  postgresSearchProjection,
  postgresSearchProjectionName,
} from './postgres/postgres-search.projection';
import type { SearchEngine, SearchEngineKind } from './search-engine';

export interface SearchConfig {
  /** ELASTICSEARCH_URL: set, search runs on Elasticsearch; unset or blank, on Postgres. */
  elasticsearchUrl?: string | undefined;
  prisma: ReadModelsPrisma;
  /** The alias the Elasticsearch engine reads and its projection swaps; `shop-products` by default. */
  elasticsearchAlias?: string;
  logger?: Logger;
}

export const searchProjectionNames: Record<SearchEngineKind, string> = {
  postgres: postgresSearchProjectionName,
  elasticsearch: elasticsearchSearchProjectionName,
};

const elasticsearchUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'ELASTICSEARCH_URL must be an http(s) URL such as http://127.0.0.1:9200',
});

/** The Elasticsearch node to use, or null for Postgres; a malformed URL fails at start-up. */
function elasticsearchNode(config: Pick<SearchConfig, 'elasticsearchUrl'>): string | null {
  const url = config.elasticsearchUrl?.trim();
  return url ? elasticsearchUrlSchema.parse(url) : null;
}

export const searchEngineKind = (
  config: Pick<SearchConfig, 'elasticsearchUrl'>,
): SearchEngineKind => (elasticsearchNode(config) === null ? 'postgres' : 'elasticsearch');

/** The storefront's search: Elasticsearch when ELASTICSEARCH_URL is set, else Postgres. */
export function createSearchEngine(config: SearchConfig): SearchEngine {
  const node = elasticsearchNode(config);
  if (node === null) return createPostgresSearchEngine({ prisma: config.prisma });
  return createElasticsearchSearchEngine({
    client: new Client({ node }),
    ...(config.elasticsearchAlias ? { alias: config.elasticsearchAlias } : {}),
  });
}

/** The projection that feeds the engine `createSearchEngine` picks for the same configuration. */
export function createSearchProjection(config: SearchConfig): Projection {
  const node = elasticsearchNode(config);
  if (node === null) return postgresSearchProjection;
  return createElasticsearchSearchProjection({
    client: new Client({ node }),
    ...(config.elasticsearchAlias ? { alias: config.elasticsearchAlias } : {}),
    ...(config.logger ? { logger: config.logger } : {}),
  });
}

/**
 * How far the search read model has read the log, per partition. Read it before searching: the
 * hits are then at least that new, so "your change is applied" is never claimed too early.
 */
export const getSearchCheckpoint = (config: SearchConfig): Promise<ReadModelCheckpoint> =>
  readModelCheckpoint(config.prisma, searchProjectionNames[searchEngineKind(config)]);
