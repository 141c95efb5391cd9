import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry';

describe('retry delay', () => {
  it('doubles from half a second and stops at thirty', () => {
    expect([1, 2, 3, 4, 7, 8, 50].map(retryDelayMs)).toEqual([
      500, 1_000, 2_000, 4_000, 30_000, 30_000, 30_000,
    ]);
  });
});
