import { setTimeout as sleepFor } from 'node:timers/promises';
import { errors } from '@elastic/elasticsearch';

/**
 * How long to wait and how often to try again when Elasticsearch pushes back (429: its write or
 * search queue is full). Bounded: a cluster that stays overloaded fails the batch, and the
 * projection runtime redelivers it later, rather than this process retrying forever.
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  /** In [0, 1); injectable so tests can check the delays. */
  random: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  sleep: (ms) => sleepFor(ms),
  random: Math.random,
};

/** Exponential, capped, with "equal jitter" so that writers pushed back together do not return together. */
export function backoffDelay(policy: RetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}

export const isTooManyRequests = (error: unknown): boolean =>
  error instanceof errors.ResponseError && error.statusCode === 429;

export class ElasticsearchOverloaded extends Error {
  override readonly name = 'ElasticsearchOverloaded';
}

/** Runs `request`, waiting and trying again while Elasticsearch answers 429, at most `maxAttempts` times. */
export async function retryWhenOverloaded<T>(
  what: string,
  policy: RetryPolicy,
  request: () => Promise<T>,
  onRetry: (attempt: number, delayMs: number) => void = () => {},
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (!isTooManyRequests(error)) throw error;
      if (attempt >= policy.maxAttempts) {
        throw new ElasticsearchOverloaded(
          `Elasticsearch answered 429 Too Many Requests to ${what} ${attempt} times; giving up`,
          { cause: error },
        );
      }
      const delay = backoffDelay(policy, attempt);
      onRetry(attempt, delay);
      await policy.sleep(delay);
    }
  }
}
