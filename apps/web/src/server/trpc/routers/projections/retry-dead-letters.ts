import { ok } from '@shop/domain';
import { retryDeadLetters } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { deadLetterDeps } from './dead-letter-deps';
import { retryDeadLettersOutputSchema } from './dead-letter-actions.types';
import { projectionInputSchema } from './inputs';
import { settle } from './refusals';

/** Re-runs every failed stream of a projection: what an admin does once a fix is deployed. */
export const retryDeadLettersProcedure = adminProcedure
  .input(projectionInputSchema)
  .output(retryDeadLettersOutputSchema)
  .mutation(async ({ ctx, input }) => {
    const outcome = await retryDeadLetters(deadLetterDeps(ctx.prisma), input.projection);
    return settle(ok(outcome), {
      done: 'dead letters retried',
      admin: ctx.session.email,
      projection: input.projection,
    });
  });
