import { listFailedSagaActions } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { failedSagaActionsInputSchema, failedSagaActionsOutputSchema } from './saga-actions.types';

/** The order saga's actions that failed for good (its dead letters), the latest first. */
export const failedSagaActionsProcedure = adminProcedure
  .input(failedSagaActionsInputSchema)
  .output(failedSagaActionsOutputSchema)
  .query(({ ctx, input }) => listFailedSagaActions(ctx.prisma, input));
