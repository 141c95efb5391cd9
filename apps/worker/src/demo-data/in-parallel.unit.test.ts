import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { inParallel } from './in-parallel';

describe('inParallel', () => {
  it('keeps the order of the items, never running more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await inParallel([30, 5, 20, 1, 10, 2], 3, async (ms, index) => {
      running++;
      most = Math.max(most, running);
      await sleep(ms);
      running--;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
    expect(most).toBe(3);
  });

  it('stops taking new work after a failure, and throws it', async () => {
    const started: number[] = [];
    await expect(
      inParallel([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('two failed');
      }),
    ).rejects.toThrow('two failed');
    expect(started).toEqual([1, 2]);
  });

  it('does nothing for no items', async () => {
    expect(await inParallel([], 4, async () => 1)).toEqual([]);
  });
});
