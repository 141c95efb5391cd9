import { requestRebuild } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { projectionInputSchema } from './inputs';
import { requestRebuildOutputSchema } from './rebuild.types';
import { settle } from './refusals';

/**
 * Asks for a rebuild from the event store. Returns at once: a worker running the projection takes
 * the request, fills the next generation beside the live one and swaps it in once caught up.
 */
export const requestRebuildProcedure = adminProcedure
  .input(projectionInputSchema)
  .output(requestRebuildOutputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await requestRebuild(ctx.prisma, input.projection);
    return settle(result, {
      done: 'rebuild requested',
      admin: ctx.session.email,
      projection: input.projection,
    });
  });
