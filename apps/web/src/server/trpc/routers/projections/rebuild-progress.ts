import { rebuildProgress } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { projectionInputSchema } from './inputs';
import { rebuildProgressOutputSchema } from './rebuild.types';

/** The newest rebuild of a projection (one row: cheap to poll), or null if it was never rebuilt. */
export const rebuildProgressProcedure = adminProcedure
  .input(projectionInputSchema)
  .output(rebuildProgressOutputSchema)
  .query(({ ctx, input }) => rebuildProgress(ctx.prisma, input.projection));
