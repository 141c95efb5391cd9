import { describe, expect, it } from 'vitest';
import type { LoadedAggregate } from './load-aggregate';
import { StreamStateCache } from './stream-state-cache';

const counter = { initialState: 0 };
const otherDecider = { initialState: 0 };

const at = (version: number): LoadedAggregate<number> => ({
  state: version * 10,
  version,
  lastEventId: `event-${version}`,
  snapshotVersion: 0,
  snapshotUnusable: false,
});

describe('StreamStateCache', () => {
  it('gives back the state remembered for a stream, to the same decider only', () => {
    const cache = new StreamStateCache();
    cache.remember('counter-1', counter, at(3));

    expect(cache.get('counter-1', counter)).toEqual(at(3));
    expect(cache.get('counter-1', otherDecider)).toBeUndefined();
    expect(cache.get('counter-2', counter)).toBeUndefined();
  });

  it('keeps only the fields of a loaded aggregate', () => {
    const cache = new StreamStateCache();
    cache.remember('counter-1', counter, { ...at(1), confirmed: true } as LoadedAggregate<number>);

    expect(Object.keys(cache.get('counter-1', counter) ?? {}).sort()).toEqual(
      ['lastEventId', 'snapshotUnusable', 'snapshotVersion', 'state', 'version'].sort(),
    );
  });

  it('never lets an older version replace a newer one of the same decider', () => {
    const cache = new StreamStateCache();
    cache.remember('counter-1', counter, at(5));
    cache.remember('counter-1', counter, at(4));
    expect(cache.get('counter-1', counter)?.version).toBe(5);

    cache.remember('counter-1', counter, at(6));
    expect(cache.get('counter-1', counter)?.version).toBe(6);
  });

  it('forgets a stream at or before the version that proved stale, not a newer one', () => {
    const cache = new StreamStateCache();
    cache.remember('counter-1', counter, at(5));
    cache.forget('counter-1', 4);
    expect(cache.get('counter-1', counter)?.version).toBe(5);

    cache.forget('counter-1', 5);
    expect(cache.get('counter-1', counter)).toBeUndefined();

    cache.remember('counter-1', counter, at(7));
    cache.forget('counter-1');
    expect(cache.size).toBe(0);
  });

  it('holds at most maxStreams, dropping the least recently used first', () => {
    const cache = new StreamStateCache(2);
    cache.remember('a', counter, at(1));
    cache.remember('b', counter, at(1));
    cache.get('a', counter);
    cache.remember('c', counter, at(1));

    expect(cache.size).toBe(2);
    expect(cache.get('b', counter)).toBeUndefined();
    expect(cache.get('a', counter)).toBeDefined();
    expect(cache.get('c', counter)).toBeDefined();
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a bound of %s streams', (bound) => {
    expect(() => new StreamStateCache(bound)).toThrow(RangeError);
  });
});
