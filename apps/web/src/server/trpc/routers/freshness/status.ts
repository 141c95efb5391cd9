import { env } from '../../../../env';
import { publicProcedure } from '../../init';
import { cachedProjectionBacklog } from './backlog-cache';
import { projectionTarget } from './projection-target';
import { freshnessOf, type FreshnessBounds } from './staleness';
import { statusInputSchema, statusOutputSchema } from './status.types';

const bounds: FreshnessBounds = {
  staleAfterMs: env.FRESHNESS_STALE_AFTER_MS,
  stallAfterMs: env.FRESHNESS_STALL_AFTER_MS,
};

/**
 * How far behind each listed read model is, polled by the banners of every open page: each
 * projection's backlog is read at most once per short interval and shared (backlog-cache.ts).
 */
export const statusProcedure = publicProcedure
  .input(statusInputSchema)
  .output(statusOutputSchema)
  .query(async ({ ctx, input }) => {
    const answers = await Promise.all(
      [...new Set(input.projections)].map(async (projection) => {
        const backlog = await cachedProjectionBacklog(ctx.prisma, projectionTarget(projection));
        return { projection, backlog };
      }),
    );
    return {
      projections: answers.map(({ projection, backlog }) => ({
        projection,
        ...freshnessOf(backlog, bounds),
      })),
      staleAfterSeconds: bounds.staleAfterMs / 1_000,
      checkedAt: answers[0]?.backlog.now ?? new Date(),
    };
  });
