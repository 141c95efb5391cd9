import { getCatalogCheckpoint } from '@shop/read-models';
import { publicProcedure } from '../../init';
import { catalogCheckpointInputSchema, catalogCheckpointOutputSchema } from './checkpoint.types';
import { hasReached } from './consistency';

/** Cheap to poll: one row, so a waiting page asks this instead of reloading the whole list. */
export const checkpointProcedure = publicProcedure
  .input(catalogCheckpointInputSchema)
  .output(catalogCheckpointOutputSchema)
  .query(async ({ ctx, input }) => {
    const checkpoint = await getCatalogCheckpoint(ctx.prisma);
    return { checkpoint, reached: hasReached(checkpoint, input.awaiting) };
  });
