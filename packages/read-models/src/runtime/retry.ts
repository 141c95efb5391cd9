/**
 * How an event that fails is retried in process before it becomes a dead letter, and how long to
 * wait after a transient failure (an outage), which is retried without limit.
 */
export interface RetryPolicy {
  /** Failures of one event before it is stored as a dead letter. */
  readonly maxAttempts: number;
  /** Wait after the event's `attempt`-th failure. */
  readonly retryDelayMs: (attempt: number) => number;
  /** Wait after the `failures`-th transient failure in a row. */
  readonly transientDelayMs: (failures: number) => number;
}

/** Doubling from `firstMs`, capped at `maxMs`. */
export const doubling =
  (firstMs: number, maxMs: number) =>
  (count: number): number =>
    Math.min(firstMs * 2 ** Math.max(0, count - 1), maxMs);

/**
 * Five attempts over about four seconds: long enough for a lock conflict or a restarting
 * dependency to clear, short enough that the partition behind the event is not held up for long.
 */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  retryDelayMs: doubling(250, 5_000),
  transientDelayMs: doubling(500, 30_000),
};
