import 'server-only';
import {
  createSearchEngine,
  searchEngineKind,
  searchProjectionNames,
  type ReadModelsPrisma,
  type SearchEngine,
} from '@shop/read-models';
import { env } from '../../env';

// The one place the web app chooses its search engine, by the same rule as the worker's projector
// (`createSearchProjection`): Elasticsearch when ELASTICSEARCH_URL is set, Postgres otherwise.
export const searchEngineConfig = { elasticsearchUrl: env.ELASTICSEARCH_URL };

/** The projection that feeds the engine in use: what search pages wait for and watch. */
export const searchProjectionName = searchProjectionNames[searchEngineKind(searchEngineConfig)];

// One engine (and so one Elasticsearch client) per read-model client, not per request.
const engines = new WeakMap<ReadModelsPrisma, SearchEngine>();

export function searchEngineFor(prisma: ReadModelsPrisma): SearchEngine {
  let engine = engines.get(prisma);
  if (!engine) {
    engine = createSearchEngine({ ...searchEngineConfig, prisma });
    engines.set(prisma, engine);
  }
  return engine;
}
