import type { RetryPolicy } from './retry';

/** What one all-or-nothing attempt at a slice of the batch came to. */
export type AttemptOutcome =
  | { readonly ok: true }
  /** `failedAt`: the index, within the slice, of the item that failed; null when unknown. */
  | { readonly ok: false; readonly error: unknown; readonly failedAt: number | null };

export interface Failure {
  readonly error: unknown;
  readonly attempts: number;
  readonly firstFailedAt: Date;
  readonly lastFailedAt: Date;
}

export interface SettleSteps<Item> {
  /** Applies `items` in order and moves the checkpoint past them, all or nothing. */
  apply(items: readonly Item[]): Promise<AttemptOutcome>;
  /** Stores `item` as a dead letter and moves the checkpoint past it, all or nothing. */
  deadLetter(item: Item, failure: Failure): Promise<AttemptOutcome>;
  /** Why `item` can never be applied (a body that is not an event), or null. */
  poison(item: Item): unknown;
  /** Waits `ms`; resolves false when the caller is stopping, which ends settling early. */
  pause(ms: number): Promise<boolean>;
  /** Told of each failure that will be retried (`item` null when the failure was not an item's). */
  onRetry?(item: Item | null, error: unknown, attempt: number, delayMs: number): void;
  onDeadLetter?(item: Item, failure: Failure): void;
  isTransient(error: unknown): boolean;
}

interface Failures {
  attempts: number;
  firstFailedAt: Date;
}

/**
 * Settles a batch strictly in order and returns how many items, from the start, are settled (all
 * of them unless the caller stopped). The whole batch goes in one attempt; when an item fails, the
 * items before it are applied alone, then the item is retried alone with back-off, and after
 * `maxAttempts` failures it becomes a dead letter in the attempt that moves past it. No item is
 * ever applied before the ones ahead of it are settled. A failure that names no item is narrowed
 * by halving the slice; a transient one (an outage) is retried without counting against anyone.
 */
export async function settleInOrder<Item>(
  items: readonly Item[],
  steps: SettleSteps<Item>,
  policy: RetryPolicy,
): Promise<number> {
  let done = 0;
  let limit = items.length;
  let transientFailures = 0;
  const failures = new Map<number, Failures>();
  const poisons = items.map((item) => steps.poison(item));

  while (done < items.length) {
    const head = items[done] as Item;
    const poison = poisons[done] ?? null;
    if (poison !== null) {
      const now = new Date();
      const failure = { error: poison, attempts: 1, firstFailedAt: now, lastFailedAt: now };
      if (!(await deadLetterHead(head, failure))) return done;
      continue;
    }
    const slice = items.slice(done, done + Math.min(limit, untilPoison(done)));
    const outcome = await steps.apply(slice);
    if (outcome.ok) {
      done += slice.length;
      transientFailures = 0;
      const retried = failures.get(done);
      limit = retried ? 1 : items.length;
      if (retried && !(await steps.pause(policy.retryDelayMs(retried.attempts)))) return done;
      continue;
    }
    if (steps.isTransient(outcome.error)) {
      const delayMs = policy.transientDelayMs(++transientFailures);
      steps.onRetry?.(null, outcome.error, transientFailures, delayMs);
      if (!(await steps.pause(delayMs))) return done;
      continue;
    }
    transientFailures = 0;
    const failedAt = outcome.failedAt ?? (slice.length > 1 ? null : 0);
    if (failedAt === null) {
      limit = Math.ceil(slice.length / 2);
      continue;
    }
    const index = done + failedAt;
    const now = new Date();
    const previous = failures.get(index);
    const record = {
      attempts: (previous?.attempts ?? 0) + 1,
      firstFailedAt: previous?.firstFailedAt ?? now,
    };
    failures.set(index, record);
    if (failedAt > 0) {
      limit = failedAt;
      continue;
    }
    if (record.attempts < policy.maxAttempts) {
      const delayMs = policy.retryDelayMs(record.attempts);
      steps.onRetry?.(head, outcome.error, record.attempts, delayMs);
      limit = 1;
      if (!(await steps.pause(delayMs))) return done;
      continue;
    }
    const failure = { error: outcome.error, ...record, lastFailedAt: now };
    if (!(await deadLetterHead(head, failure))) return done;
  }
  return done;

  function untilPoison(from: number): number {
    const at = poisons.findIndex((poison, index) => index > from && poison !== null);
    return at === -1 ? items.length - from : at - from;
  }

  // Recording the dead letter is retried until it succeeds: moving past an event without it
  // would lose the event.
  async function deadLetterHead(head: Item, failure: Failure): Promise<boolean> {
    steps.onDeadLetter?.(head, failure);
    for (let attempt = 1; ; attempt++) {
      const outcome = await steps.deadLetter(head, failure);
      if (outcome.ok) break;
      const delayMs = policy.transientDelayMs(attempt);
      steps.onRetry?.(head, outcome.error, attempt, delayMs);
      if (!(await steps.pause(delayMs))) return false;
    }
    done += 1;
    limit = items.length;
    return true;
  }
}
