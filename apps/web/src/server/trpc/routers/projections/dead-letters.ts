import { listDeadLetters } from '@shop/read-models/read-side';
import { adminProcedure } from '../../init';
import { deadLettersInputSchema, deadLettersOutputSchema } from './dead-letters.types';

/** Dead letters oldest first, a page at a time, by projection and status. */
export const deadLettersProcedure = adminProcedure
  .input(deadLettersInputSchema)
  .output(deadLettersOutputSchema)
  .query(async ({ ctx, input }) => {
    const { letters, nextAfterId } = await listDeadLetters(ctx.prisma, input);
    // The output schema keeps the listed fields only: the payload and raw body stay on the server.
    return {
      letters: letters.map((letter) => ({ ...letter, retryable: letter.event !== null })),
      nextAfterId,
    };
  });
