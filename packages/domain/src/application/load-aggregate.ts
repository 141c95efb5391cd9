import type { Logger } from 'pino';
import type { EventStore, SnapshotStore } from '../event-store/port';
import { fold, type Decider } from '../shared/decider';
import type { DomainEvent } from '../shared/envelope';
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
    if (tail[0]?.streamVersion === start.version) {
      const after = tail.slice(1);
      return {
        state: fold(
          { ...decider, initialState: start.state },
          after.map((event) => codec.parse(event)),
        ),
        version: after.at(-1)?.streamVersion ?? start.version,
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
    snapshotVersion: 0,
    snapshotUnusable: start.kind !== 'none',
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
