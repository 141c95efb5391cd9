import { allProjectionHealth } from '@shop/read-models/read-side';
import { env } from '../../../../env';
import { adminProcedure } from '../../init';
import { healthOutputSchema } from './health.types';

// The shop's freshness bounds: the console calls a projection catching up exactly when shoppers
// are told it is behind, and stalled when they are told it is paused.
const bounds = {
  lagBoundMs: env.FRESHNESS_STALE_AFTER_MS,
  stallAfterMs: env.FRESHNESS_STALL_AFTER_MS,
};

/** Every projection's status, checkpoints, high-water mark and lag; polled by the console. */
export const healthProcedure = adminProcedure
  .output(healthOutputSchema)
  .query(({ ctx }) => allProjectionHealth(ctx.prisma, bounds));
