import { projectionCheckpoints } from '@shop/read-models/read-side';
import { publicProcedure } from '../../init';
import { checkpointInputSchema, checkpointOutputSchema } from './checkpoint.types';
import { projectionTarget } from './projection-target';
import { reachOf } from './reach';

/**
 * Has the projection applied the awaited write? One query of its partition checkpoints: what a
 * page polls while the checkpoint stream is unavailable. Checkpoints are not private.
 */
export const checkpointProcedure = publicProcedure
  .input(checkpointInputSchema)
  .output(checkpointOutputSchema)
  .query(async ({ ctx, input }) => {
    const checkpoints = await projectionCheckpoints(
      ctx.prisma,
      projectionTarget(input.projection).name,
    );
    return reachOf(checkpoints, input.awaiting);
  });
