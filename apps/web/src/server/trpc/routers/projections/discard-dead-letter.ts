import { discardDeadLetter } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { deadLetterDeps } from './dead-letter-deps';
import { discardDeadLetterOutputSchema } from './dead-letter-actions.types';
import { deadLetterInputSchema } from './inputs';
import { settle } from './refusals';

/** Drops a dead letter for good; the events parked behind it are re-run. */
export const discardDeadLetterProcedure = adminProcedure
  .input(deadLetterInputSchema)
  .output(discardDeadLetterOutputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await discardDeadLetter(deadLetterDeps(ctx.prisma), input.id);
    return settle(result, {
      done: 'dead letter discarded',
      admin: ctx.session.email,
      deadLetter: input.id,
    });
  });
