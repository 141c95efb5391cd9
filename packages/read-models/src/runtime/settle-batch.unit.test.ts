import { describe, expect, it } from 'vitest';
import type { RetryPolicy } from './retry';
import { settleInOrder, type AttemptOutcome, type Failure, type SettleSteps } from './settle-batch';

const policy: RetryPolicy = {
  maxAttempts: 3,
  retryDelayMs: (attempt) => attempt * 10,
  transientDelayMs: () => 1,
};

class Outage extends Error {}

interface Script {
  /** Items whose apply always fails. */
  broken?: string[];
  /** Items that fail this many times, then apply. */
  flaky?: Record<string, number>;
  /** Items that are not events at all. */
  poison?: string[];
  /** Attempts that fail with an outage before anything is applied. */
  outages?: number;
  /** Whether a failing apply says which item failed (as the Postgres runtime does). */
  attributes?: boolean;
}

/** A fake store that records what was committed, in order, and what each attempt tried. */
function fakeSteps(script: Script) {
  const committed: string[] = [];
  /** Commits and dead letters in the order they happened. */
  const settled: string[] = [];
  const deadLetters: { item: string; failure: Failure }[] = [];
  const attempts: string[][] = [];
  const pauses: number[] = [];
  const flaky = { ...script.flaky };
  let outages = script.outages ?? 0;
  const steps: SettleSteps<string> = {
    async apply(items): Promise<AttemptOutcome> {
      attempts.push([...items]);
      if (outages > 0) {
        outages -= 1;
        return { ok: false, error: new Outage(), failedAt: 0 };
      }
      for (const [index, item] of items.entries()) {
        const left = flaky[item] ?? 0;
        if (script.broken?.includes(item) || left > 0) {
          if (left > 0) flaky[item] = left - 1;
          return {
            ok: false,
            error: new Error(item),
            failedAt: script.attributes === false ? null : index,
          };
        }
      }
      committed.push(...items);
      settled.push(...items);
      return { ok: true };
    },
    async deadLetter(item, failure) {
      deadLetters.push({ item, failure });
      settled.push(`dead ${item}`);
      return { ok: true };
    },
    poison: (item) => (script.poison?.includes(item) ? new Error(`poison ${item}`) : null),
    async pause(ms) {
      pauses.push(ms);
      return true;
    },
    isTransient: (error) => error instanceof Outage,
  };
  return { steps, committed, settled, deadLetters, attempts, pauses };
}

const batch = ['a', 'b', 'c', 'd', 'e'];

describe('settling a batch in order', () => {
  it('applies a healthy batch in one attempt', async () => {
    const fake = fakeSteps({});
    expect(await settleInOrder(batch, fake.steps, policy)).toBe(5);
    expect(fake.attempts).toEqual([batch]);
    expect(fake.committed).toEqual(batch);
  });

  it('applies the prefix, retries the failing item alone, then goes on with the rest', async () => {
    const fake = fakeSteps({ flaky: { c: 2 } });
    expect(await settleInOrder(batch, fake.steps, policy)).toBe(5);
    expect(fake.attempts).toEqual([batch, ['a', 'b'], ['c'], ['c'], ['d', 'e']]);
    expect(fake.committed).toEqual(batch);
    expect(fake.pauses).toEqual([10, 20]);
  });

  it('dead-letters an item after maxAttempts failures and never applies a later one first', async () => {
    const fake = fakeSteps({ broken: ['b'] });
    expect(await settleInOrder(batch, fake.steps, policy)).toBe(5);
    expect(fake.committed).toEqual(['a', 'c', 'd', 'e']);
    expect(fake.deadLetters).toEqual([
      { item: 'b', failure: expect.objectContaining({ attempts: 3 }) },
    ]);
    const { firstFailedAt, lastFailedAt } = fake.deadLetters[0]?.failure ?? {};
    expect(lastFailedAt?.getTime()).toBeGreaterThanOrEqual(firstFailedAt?.getTime() ?? Infinity);
    expect(fake.settled).toEqual(['a', 'dead b', 'c', 'd', 'e']);
    expect(fake.attempts).toEqual([batch, ['a'], ['b'], ['b'], ['c', 'd', 'e']]);
  });

  it('dead-letters a poison item at once, without an attempt', async () => {
    const fake = fakeSteps({ poison: ['c'] });
    expect(await settleInOrder(batch, fake.steps, policy)).toBe(5);
    expect(fake.attempts).toEqual([
      ['a', 'b'],
      ['d', 'e'],
    ]);
    expect(fake.deadLetters.map(({ item, failure }) => [item, failure.attempts])).toEqual([
      ['c', 1],
    ]);
  });

  it('narrows a failure that names no item by halving the slice', async () => {
    const fake = fakeSteps({ broken: ['d'], attributes: false });
    expect(await settleInOrder(batch, fake.steps, policy)).toBe(5);
    expect(fake.committed).toEqual(['a', 'b', 'c', 'e']);
    expect(fake.deadLetters.map(({ item }) => item)).toEqual(['d']);
  });

  it('retries an outage without counting it against the item', async () => {
    const fake = fakeSteps({ outages: 10 });
    expect(await settleInOrder(batch, fake.steps, policy)).toBe(5);
    expect(fake.deadLetters).toEqual([]);
    expect(fake.committed).toEqual(batch);
  });

  it('stops early, having settled only a prefix, when a pause is refused', async () => {
    const fake = fakeSteps({ broken: ['c'] });
    fake.steps.pause = async () => false;
    expect(await settleInOrder(batch, fake.steps, policy)).toBe(2);
    expect(fake.committed).toEqual(['a', 'b']);
  });
});
