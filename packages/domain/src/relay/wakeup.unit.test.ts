import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Wakeup } from './wakeup';

const settled = async (promise: Promise<void>): Promise<boolean> => {
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

describe('Wakeup', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sleeps until the timeout when nobody calls', async () => {
    const sleeping = new Wakeup().sleep(1_000);
    expect(await settled(sleeping)).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await settled(sleeping)).toBe(true);
  });

  it('wakes a sleeper at once and clears its timer', async () => {
    const wakeup = new Wakeup();
    const sleeping = wakeup.sleep(60_000);
    wakeup.notify();
    expect(await settled(sleeping)).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps a call made while nobody sleeps for the next sleep only', async () => {
    const wakeup = new Wakeup();
    wakeup.notify();
    wakeup.notify();
    expect(await settled(wakeup.sleep(60_000))).toBe(true);
    expect(await settled(wakeup.sleep(60_000))).toBe(false);
  });
});
