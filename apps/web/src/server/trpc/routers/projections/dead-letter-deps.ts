import { createSearchProjection, type Projection, type ReadModelsPrisma } from '@shop/read-models';
import { postgresReadModels, type DeadLetterDeps } from '@shop/read-models/read-side';
import { logger } from '../../../logger';
import { searchEngineConfig } from '../../../search/search-engine';

// One list (and so one Elasticsearch client) per read-model client, not per request.
const projectionsByClient = new WeakMap<ReadModelsPrisma, readonly Projection[]>();

/**
 * A retry re-runs the event with its projection's handler here, in the web process: every read
 * model the worker runs, with search on the same engine as the worker's.
 */
export function deadLetterDeps(prisma: ReadModelsPrisma): DeadLetterDeps {
  let projections = projectionsByClient.get(prisma);
  if (!projections) {
    const search = createSearchProjection({
      ...searchEngineConfig,
      prisma,
      logger: logger.child({ component: 'search' }),
    });
    projections = [...postgresReadModels, search];
    projectionsByClient.set(prisma, projections);
  }
  return { prisma, projections };
}
