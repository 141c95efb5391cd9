import type { LoadedAggregate } from './load-aggregate';

interface Entry {
  /** The decider the state belongs to: a state is only ever handed back to the same one. */
  readonly owner: object;
  readonly loaded: LoadedAggregate<unknown>;
}

/**
 * The last state of each recently written stream in this process, with the version it is at, so
 * that a command can decide on it and append at that version without reading the stream first
 * (one round trip instead of two). It is never trusted blindly: an append at a stale version
 * conflicts, and a refusal or a no-op decided on it is checked against the stream's tail before it
 * is answered (see handle-command.ts), so other processes writing the same streams are safe.
 *
 * Bounded, least recently used first out. A Map keeps insertion order, which is all an LRU needs;
 * it is small enough not to warrant a dependency in the domain package. States are immutable
 * values (evolve returns a new state), so sharing one between commands is safe.
 */
export class StreamStateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(readonly maxStreams = 10_000) {
    if (!Number.isSafeInteger(maxStreams) || maxStreams < 1) {
      throw new RangeError(`maxStreams must be a positive integer, not ${maxStreams}`);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** The stream's remembered state, if it was remembered for this decider. */
  get<State>(
    streamId: string,
    owner: { readonly initialState: State },
  ): LoadedAggregate<State> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.owner !== owner) return undefined;
    // Most recently used last: delete and insert again.
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    // The owner check above is what ties the stored state to this State type.
    return entry.loaded as LoadedAggregate<State>;
  }

  /**
   * Remembers a state read from or just written to the store. An older version never replaces a
   * newer one: concurrent commands of this process may finish in any order.
   */
  remember<State>(
    streamId: string,
    owner: { readonly initialState: State },
    loaded: LoadedAggregate<State>,
  ): void {
    const current = this.entries.get(streamId);
    if (current?.owner === owner && current.loaded.version > loaded.version) return;
    // Only the fields of a loaded aggregate: a caller's object may carry more of its own.
    const { state, version, lastEventId, snapshotVersion, snapshotUnusable } = loaded;
    this.entries.delete(streamId);
    this.entries.set(streamId, {
      owner,
      loaded: { state, version, lastEventId, snapshotVersion, snapshotUnusable },
    });
    if (this.entries.size > this.maxStreams) {
      const [oldest] = this.entries.keys();
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  /** Drops what is remembered of the stream at `version` or before: it proved stale or unreadable. */
  forget(streamId: string, version = Number.POSITIVE_INFINITY): void {
    const current = this.entries.get(streamId);
    if (current && current.loaded.version <= version) this.entries.delete(streamId);
  }
}
