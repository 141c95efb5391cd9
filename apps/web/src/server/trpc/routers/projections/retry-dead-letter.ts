import { retryDeadLetter } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { deadLetterDeps } from './dead-letter-deps';
import { retryDeadLetterOutputSchema } from './dead-letter-actions.types';
import { deadLetterInputSchema } from './inputs';
import { settle } from './refusals';

/** Re-runs a stream's first dead letter, then those parked behind it, until one fails again. */
export const retryDeadLetterProcedure = adminProcedure
  .input(deadLetterInputSchema)
  .output(retryDeadLetterOutputSchema)
  .mutation(async ({ ctx, input }) => {
    const result = await retryDeadLetter(deadLetterDeps(ctx.prisma), input.id);
    return settle(result, {
      done: 'dead letter retried',
      admin: ctx.session.email,
      deadLetter: input.id,
    });
  });
