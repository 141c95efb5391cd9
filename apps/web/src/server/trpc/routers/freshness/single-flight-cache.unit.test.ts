import { describe, expect, it } from 'vitest';
import { createSingleFlightCache } from './single-flight-cache';

/** A load whose calls are counted and which settles when the test says so. */
function controlledLoad() {
  const pending: { resolve: (value: number) => void; reject: (error: Error) => void }[] = [];
  let calls = 0;
  const load = () =>
    new Promise<number>((resolve, reject) => {
      calls += 1;
      pending.push({ resolve, reject });
    });
  return { load, calls: () => calls, settle: () => pending.shift() };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('createSingleFlightCache', () => {
  it('runs one load for concurrent callers of a key, and shares its answer', async () => {
    const cache = createSingleFlightCache<string, number>({ ttlMs: 250, now: () => 0 });
    const { load, calls, settle } = controlledLoad();
    const answers = Promise.all(Array.from({ length: 20 }, () => cache.get('catalog', load)));
    expect(calls()).toBe(1);
    settle()?.resolve(7);
    expect(await answers).toEqual(Array.from({ length: 20 }, () => 7));
  });

  it('keeps each key apart', async () => {
    const cache = createSingleFlightCache<string, string>({ ttlMs: 250, now: () => 0 });
    const [catalog, cart] = await Promise.all([
      cache.get('catalog', async () => 'catalog answer'),
      cache.get('cart', async () => 'cart answer'),
    ]);
    expect([catalog, cart]).toEqual(['catalog answer', 'cart answer']);
  });

  it('answers from the settled load until the TTL has passed, then loads again', async () => {
    let clock = 1_000;
    const cache = createSingleFlightCache<string, number>({ ttlMs: 250, now: () => clock });
    const { load, calls, settle } = controlledLoad();
    const first = cache.get('catalog', load);
    settle()?.resolve(1);
    await first;
    await flush();

    clock += 249;
    expect(await cache.get('catalog', load)).toBe(1);
    expect(calls()).toBe(1);

    clock += 1;
    const second = cache.get('catalog', load);
    expect(calls()).toBe(2);
    settle()?.resolve(2);
    expect(await second).toBe(2);
  });

  it('counts the TTL from when the load settled, not from when it started', async () => {
    let clock = 0;
    const cache = createSingleFlightCache<string, number>({ ttlMs: 250, now: () => clock });
    const { load, calls, settle } = controlledLoad();
    const slow = cache.get('catalog', load);
    clock = 400;
    settle()?.resolve(1);
    await slow;
    await flush();
    clock = 600;
    expect(await cache.get('catalog', load)).toBe(1);
    expect(calls()).toBe(1);
  });

  it('shares a failure with the callers waiting on it, but does not keep it', async () => {
    const cache = createSingleFlightCache<string, number>({ ttlMs: 250, now: () => 0 });
    const { load, calls, settle } = controlledLoad();
    const waiting = [cache.get('catalog', load), cache.get('catalog', load)];
    settle()?.reject(new Error('database unreachable'));
    for (const answer of waiting) await expect(answer).rejects.toThrow('database unreachable');
    await flush();

    const retried = cache.get('catalog', load);
    expect(calls()).toBe(2);
    settle()?.resolve(3);
    expect(await retried).toBe(3);
  });
});
