import { z } from 'zod';
import { retryDeadLetter, type DeadLetterDeps } from './dead-letter-retry';

export const retryAllOutcomeSchema = z.object({
  /** Streams whose dead letters were re-run. */
  streams: z.number().int(),
  applied: z.number().int(),
  /** Streams that still hold dead letters (their head failed again). */
  stillFailing: z.number().int(),
});
export type RetryAllOutcome = z.infer<typeof retryAllOutcomeSchema>;

/**
 * Re-runs every stream's dead letters of a projection (its active generation), each stream from
 * its head in log order: what an admin does once a fix for the failing events is deployed.
 */
export async function retryDeadLetters(
  deps: DeadLetterDeps,
  projection: string,
): Promise<RetryAllOutcome> {
  const heads = await deps.prisma.projectionDeadLetter.findMany({
    where: { projection, status: 'failed', blockedBy: null },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  const outcome: RetryAllOutcome = { streams: 0, applied: 0, stillFailing: 0 };
  for (const { id } of heads) {
    const retried = await retryDeadLetter(deps, String(id));
    if (!retried.ok) continue;
    outcome.streams += 1;
    outcome.applied += retried.value.applied;
    if (retried.value.failed) outcome.stillFailing += 1;
  }
  return outcome;
}
