import type { Logger } from 'pino';
import type { EventStore, SnapshotStore } from '../event-store/port';
import { fold, type Decider } from '../shared/decider';
import type { DomainEvent, RecordedEvent } from '../shared/envelope';
import type { EventCodec } from '../shared/event-codec';
import { decodeSnapshotState, type SnapshotPolicy } from '../snapshots/snapshot-policy';

export interface LoadDeps {
  readonly eventStore: EventStore;
  readonly snapshotStore?: SnapshotStore;
  readonly log: Logger;
}

export interface Loadable<Event extends DomainEvent, State> {
  readonly decider: Pick<Decider<never, Event, State, never>, 'initialState' | 'evolve'>;
  readonly codec: EventCodec<Event>;
  readonly snapshot?: SnapshotPolicy<State>;
}

export interface LoadedAggregate<State> {
  readonly state: State;
  /** The stream version the state is at (0: the stream does not exist). */
  readonly version: number;
  /** The id of the event at `version` (null at 0): proves a remembered state is this stream's. */
  readonly lastEventId: string | null;
  /** The version of the snapshot the state started from; 0 when it was replayed from the start. */
  readonly snapshotVersion: number;
  /** A snapshot was found but could not be used: the caller should overwrite it. */
  readonly snapshotUnusable: boolean;
}

type Start<State> =
  | { readonly kind: 'none' }
  | { readonly kind: 'unusable' }
  | { readonly kind: 'snapshot'; readonly state: State; readonly version: number };

/**
 * The aggregate's current state: from its snapshot plus the events after it when there is a usable
 * one, else from the whole stream. A stored event this code cannot read throws UndecodableEvent.
 */
export async function loadAggregate<Event extends DomainEvent, State>(
  deps: LoadDeps,
  aggregate: Loadable<Event, State>,
  streamId: string,
): Promise<LoadedAggregate<State>> {
  const start = await loadSnapshot(deps, aggregate.snapshot, streamId);
  const { decider, codec } = aggregate;
  if (start.kind === 'snapshot') {
    // Read from the snapshot's own version: its event must exist, or the snapshot is not this stream's.
    const tail = await deps.eventStore.readStream(streamId, { fromVersion: start.version });
    const [anchor, ...after] = tail;
    if (anchor?.streamVersion === start.version) {
      const last = after.at(-1) ?? anchor;
      return {
        state: fold(
          { ...decider, initialState: start.state },
          after.map((event) => codec.parse(event)),
        ),
        version: last.streamVersion,
        lastEventId: last.eventId,
        snapshotVersion: start.version,
        snapshotUnusable: false,
      };
    }
    deps.log.warn({ snapshotVersion: start.version }, 'snapshot is past the end of the stream');
  }
  const history = await deps.eventStore.readStream(streamId);
  return {
    state: fold(
      decider,
      history.map((event) => codec.parse(event)),
    ),
    version: history.at(-1)?.streamVersion ?? 0,
    lastEventId: history.at(-1)?.eventId ?? null,
    snapshotVersion: 0,
    snapshotUnusable: start.kind !== 'none',
  };
}

/**
 * The aggregate as it is now, from a state known at some version: only the events after it are
 * folded. `since` is the stream from the known version on, when the caller has it already (a
 * refused append can bring it); otherwise it is read. The event at the known version must be the
 * one the state was built on; if it is not (the stream is not what was remembered, e.g. a
 * restored database), the whole aggregate is loaded again. Throws UndecodableEvent like
 * loadAggregate.
 */
export async function catchUpAggregate<Event extends DomainEvent, State>(
  deps: LoadDeps,
  aggregate: Loadable<Event, State>,
  streamId: string,
  known: LoadedAggregate<State>,
  since?: readonly RecordedEvent[],
): Promise<LoadedAggregate<State>> {
  const events =
    since ?? (await deps.eventStore.readStream(streamId, { fromVersion: known.version || 1 }));
  if (known.version === 0) return foldTail(aggregate, known, events);
  const [anchor, ...tail] = events;
  if (anchor?.streamVersion === known.version && anchor.eventId === known.lastEventId) {
    return foldTail(aggregate, known, tail);
  }
  deps.log.warn({ knownVersion: known.version }, 'stream differs from the state known; reloading');
  return loadAggregate(deps, aggregate, streamId);
}

function foldTail<Event extends DomainEvent, State>(
  { decider, codec }: Loadable<Event, State>,
  known: LoadedAggregate<State>,
  tail: readonly RecordedEvent[],
): LoadedAggregate<State> {
  const last = tail.at(-1);
  if (!last) return known;
  return {
    ...known,
    state: fold(
      { ...decider, initialState: known.state },
      tail.map((event) => codec.parse(event)),
    ),
    version: last.streamVersion,
    lastEventId: last.eventId,
  };
}

async function loadSnapshot<State>(
  { snapshotStore, log }: LoadDeps,
  policy: SnapshotPolicy<State> | undefined,
  streamId: string,
): Promise<Start<State>> {
  if (!policy || !snapshotStore) return { kind: 'none' };
  let stored;
  try {
    stored = await snapshotStore.load(streamId);
  } catch (error) {
    // A cache that cannot be read costs a replay, not the command.
    log.warn({ err: error }, 'snapshot could not be loaded; replaying the stream');
    return { kind: 'none' };
  }
  if (!stored) return { kind: 'none' };
  const decoded = decodeSnapshotState(policy, stored);
  if (!decoded.ok) {
    log.info({ reason: decoded.error }, 'snapshot ignored; replaying the stream');
    return { kind: 'unusable' };
  }
  return { kind: 'snapshot', state: decoded.value, version: stored.streamVersion };
}
