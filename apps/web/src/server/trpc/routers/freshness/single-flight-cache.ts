/**
 * Shares one load per key among concurrent callers, and its answer for `ttlMs` after it settles:
 * many pages polling the same status cost one query per key per interval. A failed load is not
 * kept, so the next caller tries again. Keys are expected to be few (one per read model): entries
 * are never evicted, only replaced.
 */
export interface SingleFlightCache<Key, Value> {
  get(key: Key, load: () => Promise<Value>): Promise<Value>;
}

export interface SingleFlightCacheOptions {
  readonly ttlMs: number;
  /** A monotonic clock in milliseconds. */
  readonly now?: () => number;
}

interface Entry<Value> {
  readonly value: Promise<Value>;
  /** When the load succeeded; null while it runs. */
  settledAt: number | null;
}

export function createSingleFlightCache<Key, Value>({
  ttlMs,
  now = () => performance.now(),
}: SingleFlightCacheOptions): SingleFlightCache<Key, Value> {
  const entries = new Map<Key, Entry<Value>>();
  const usable = (entry: Entry<Value> | undefined): entry is Entry<Value> =>
    entry !== undefined && (entry.settledAt === null || now() - entry.settledAt < ttlMs);

  return {
    get(key, load) {
      const cached = entries.get(key);
      if (usable(cached)) return cached.value;
      const entry: Entry<Value> = { value: load(), settledAt: null };
      entries.set(key, entry);
      entry.value.then(
        () => {
          entry.settledAt = now();
        },
        () => {
          if (entries.get(key) === entry) entries.delete(key);
        },
      );
      return entry.value;
    },
  };
}
