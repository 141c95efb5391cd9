import { retrySagaAction } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { sagaActionInputSchema } from './inputs';
import { settle } from './refusals';
import { retrySagaActionOutputSchema } from './saga-actions.types';

/** Puts a failed saga action back in the saga's queue, from its first attempt. */
export const retrySagaActionProcedure = adminProcedure
  .input(sagaActionInputSchema)
  .output(retrySagaActionOutputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await retrySagaAction(ctx.prisma, input.actionId);
    return settle(result, {
      done: 'saga action retried',
      admin: ctx.session.email,
      sagaAction: input.actionId,
    });
  });
