import 'server-only';
import type { ReadModelsPrisma } from '@shop/read-models';
import { readProjectionBacklog, type ProjectionBacklog } from '@shop/read-models/read-side';
import type { ProjectionTarget } from './projection-target';
import { createSingleFlightCache, type SingleFlightCache } from './single-flight-cache';

/** How long one backlog answers every poll: well under the banner's poll and the lag bound. */
export const backlogTtlMs = 250;

// One cache per database client, so that tests on their own databases do not share answers.
const caches = new WeakMap<ReadModelsPrisma, SingleFlightCache<string, ProjectionBacklog>>();

/**
 * A projection's backlog for the freshness status, read at most once per `backlogTtlMs` however
 * many pages poll it. It counts every committed event (the `committed` horizon): a long transaction
 * elsewhere holds the relay back, and the shopper's committed write is then just as missing from
 * the read model.
 */
export function cachedProjectionBacklog(
  prisma: ReadModelsPrisma,
  target: ProjectionTarget,
): Promise<ProjectionBacklog> {
  let cache = caches.get(prisma);
  if (!cache) {
    cache = createSingleFlightCache({ ttlMs: backlogTtlMs });
    caches.set(prisma, cache);
  }
  return cache.get(target.name, () =>
    readProjectionBacklog(prisma, target, { horizon: 'committed' }),
  );
}
