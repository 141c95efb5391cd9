import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, doubling } from './retry';

describe('retry delays', () => {
  it('double from the first delay and stop at the cap', () => {
    expect([1, 2, 3, 4, 7, 50].map(doubling(500, 30_000))).toEqual([
      500, 1_000, 2_000, 4_000, 30_000, 30_000,
    ]);
  });

  it('give an event five attempts within a few seconds by default', () => {
    const { maxAttempts, retryDelayMs } = defaultRetryPolicy;
    const waits = Array.from({ length: maxAttempts - 1 }, (_, index) => retryDelayMs(index + 1));
    expect(maxAttempts).toBe(5);
    expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeLessThan(5_000);
  });
});
