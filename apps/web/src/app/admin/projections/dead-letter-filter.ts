import type { DeadLettersInput } from '~/server/trpc/routers/projections/dead-letters.types';

export const deadLetterPageSize = 20;

export interface DeadLetterFilter {
  /** Empty: every projection. */
  readonly projection: string;
  /** Empty: failed and parked. */
  readonly status: '' | 'failed' | 'parked';
}

export const allDeadLetters: DeadLetterFilter = { projection: '', status: '' };

/** The query's input, built the same way by the page's prefetch and by the panel. */
export function deadLettersInput(filter: DeadLetterFilter, afterId?: string): DeadLettersInput {
  return {
    limit: deadLetterPageSize,
    ...(filter.projection && { projection: filter.projection }),
    ...(filter.status && { status: filter.status }),
    ...(afterId && { afterId }),
  };
}
