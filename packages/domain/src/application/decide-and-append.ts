import type { Logger } from 'pino';
import {
  concurrencyConflict,
  type AppendResult,
  type ConcurrencyConflict,
  type EventStore,
  type NewEvent,
  type StreamMoved,
} from '../event-store/port';
import { fold } from '../shared/decider';
import type { DomainError } from '../shared/domain-error';
import type { DomainEvent, EventMetadata } from '../shared/envelope';
import { err, ok, type Result } from '../shared/result';
import type { Aggregate, CommandAccepted, CommandHandlerDeps } from './handle-command';
import { catchUpAggregate, loadAggregate, type LoadedAggregate } from './load-aggregate';
import { toNewEvents } from './new-events';
import { saveSnapshotIfDue } from './save-snapshot';

/** The state a command decides on, and whether this command read it from the store itself. */
type Basis<State> = LoadedAggregate<State> & { readonly confirmed: boolean };

/**
 * Appends at `version`, through appendOrReadSince when the store has it: a stale version then
 * brings back what was missed instead of costing a read of its own.
 */
const appendAt = (
  eventStore: EventStore,
  streamId: string,
  version: number,
  events: readonly NewEvent[],
): Promise<Result<AppendResult, StreamMoved | ConcurrencyConflict>> =>
  eventStore.appendOrReadSince
    ? eventStore.appendOrReadSince(streamId, version, events)
    : eventStore.appendToStream(streamId, version === 0 ? 'no_stream' : version, events);

/**
 * Decides on the state remembered in `stateCache` when there is one, else on the loaded one, and
 * appends at its version. A refusal or a no-op decided on a remembered state is checked against
 * the stream first; a conflict catches up with the events since and decides again.
 */
export async function decideAndAppend<
  Command,
  Event extends DomainEvent,
  State,
  Error extends DomainError,
>(
  deps: CommandHandlerDeps & { log: Logger },
  aggregate: Aggregate<Command, Event, State, Error>,
  streamId: string,
  { command, metadata }: { command: Command; metadata: EventMetadata },
): Promise<Result<CommandAccepted, Error | ConcurrencyConflict>> {
  const { eventStore, log, maxAttempts = 3, stateCache } = deps;
  const { decider, codec, snapshot } = aggregate;
  const catchUp = async (basis: Basis<State>, since?: StreamMoved['since']) => ({
    ...(await catchUpAggregate(deps, aggregate, streamId, basis, since)),
    confirmed: true,
  });
  const remembered = stateCache?.get(streamId, decider);
  let basis: Basis<State> = remembered
    ? { ...remembered, confirmed: false }
    : { ...(await loadAggregate(deps, aggregate, streamId)), confirmed: true };
  let attempts = 0;
  for (;;) {
    // A remembered state that proves stale costs no attempt: only the store's state counts.
    if (basis.confirmed) attempts += 1;
    const decision = decider.decide(command, basis.state);
    if (!decision.ok || decision.value.length === 0) {
      // A refusal or a no-op answers for the stream as it is now: never from a remembered state
      // unchecked. Reading its tail costs what loading would have.
      if (!basis.confirmed) {
        basis = await catchUp(basis);
        continue;
      }
      // Saved whether or not a cache remembers it: not inside the optional call's arguments.
      const settled = await saveSnapshotIfDue(deps, snapshot, streamId, basis);
      stateCache?.remember(streamId, decider, settled);
      if (!decision.ok) {
        log.info({ code: decision.error.code }, 'command rejected');
        return decision;
      }
      log.info('command accepted with no change');
      return ok({ position: null, streamVersion: basis.version });
    }
    const appended = await appendAt(
      eventStore,
      streamId,
      basis.version,
      toNewEvents(codec, decision.value, metadata),
    );
    if (appended.ok) {
      const { lastPosition, nextExpectedVersion, events } = appended.value;
      log.info(
        { events: events.length, attempts, remembered: !basis.confirmed },
        'command handled',
      );
      // The new state from the events as stored and read back, exactly what a replay would see.
      const written = {
        ...basis,
        state: fold(
          { ...decider, initialState: basis.state },
          events.map((event) => codec.parse(event)),
        ),
        version: nextExpectedVersion,
        lastEventId: events.at(-1)?.eventId ?? basis.lastEventId,
      };
      const settled = await saveSnapshotIfDue(deps, snapshot, streamId, written);
      stateCache?.remember(streamId, decider, settled);
      return ok({ position: lastPosition, streamVersion: nextExpectedVersion });
    }
    stateCache?.forget(streamId, basis.version);
    if (attempts >= maxAttempts) {
      log.warn({ attempts }, 'command gave up after repeated concurrency conflicts');
      return err(concurrencyConflict(streamId, basis.version === 0 ? 'no_stream' : basis.version));
    }
    // A remembered state going stale is expected whenever another process writes the stream.
    if (basis.confirmed) log.warn({ attempts }, 'concurrency conflict, retrying on fresh state');
    else log.info('remembered state was stale, retrying on fresh state');
    const refusal = appended.error;
    basis = await catchUp(basis, refusal.kind === 'StreamMoved' ? refusal.since : undefined);
  }
}
