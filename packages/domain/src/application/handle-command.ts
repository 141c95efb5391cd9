import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ConcurrencyConflict, EventStore, SnapshotStore } from '../event-store/port';
import { fold, type Decider } from '../shared/decider';
import type { DomainError } from '../shared/domain-error';
import type { DomainEvent, EventMetadata } from '../shared/envelope';
import type { EventCodec } from '../shared/event-codec';
import type { LogPosition } from '../shared/log-position';
import { err, ok, type Result } from '../shared/result';
import type { SnapshotPolicy } from '../snapshots/snapshot-policy';
import { eventMetadataFor, type CommandContext } from './command-context';
import { loadAggregate } from './load-aggregate';
import { toNewEvents } from './new-events';
import { parseCommand } from './parse-command';
import { saveSnapshotIfDue } from './save-snapshot';
import type { ValidationFailed } from './validation';

export type { CommandContext } from './command-context';

export interface Aggregate<Command, Event extends DomainEvent, State, Error extends DomainError> {
  readonly decider: Decider<Command, Event, State, Error>;
  readonly codec: EventCodec<Event>;
  /** Checked before anything is read: a command that fails it is a ValidationFailed. */
  readonly commandSchema?: z.ZodType<Command>;
  /** Snapshot the state every N events; without it the whole stream is replayed each time. */
  readonly snapshot?: SnapshotPolicy<State>;
}

export interface CommandAccepted {
  /** Log position of the last event appended; `null` when the command changed nothing. */
  readonly position: LogPosition | null;
  readonly streamVersion: number;
}

export interface CommandHandlerDeps {
  readonly eventStore: EventStore;
  readonly logger: Logger;
  /** How many times a command is decided, the first time included, while appends conflict. */
  readonly maxAttempts?: number;
  /** Where aggregates with a snapshot policy keep their snapshots; none: always replay. */
  readonly snapshotStore?: SnapshotStore;
}

export type CommandFailure<Error> = Error | ConcurrencyConflict | ValidationFailed;

/**
 * Validates, loads the state (snapshot + tail), decides, appends at the version it read. On a
 * conflict another writer got there first: decide again on the new state, a bounded number of
 * times. A stored event that cannot be read throws UndecodableEvent and nothing is written.
 */
export async function handleCommand<
  Command extends { type: string },
  Event extends DomainEvent,
  State,
  Error extends DomainError,
>(
  deps: CommandHandlerDeps,
  aggregate: Aggregate<Command, Event, State, Error>,
  streamId: string,
  command: Command,
  context: CommandContext,
): Promise<Result<CommandAccepted, CommandFailure<Error>>> {
  const log = deps.logger.child({
    correlationId: context.correlationId,
    command: command.type,
    streamId,
  });
  const parsed = parseCommand(aggregate.commandSchema, command, context);
  if (!parsed.ok) {
    log.info({ fieldErrors: parsed.error.fieldErrors }, 'command rejected as malformed');
    return parsed;
  }
  try {
    return await decideAndAppend({ ...deps, log }, aggregate, streamId, {
      command: parsed.value.command,
      metadata: eventMetadataFor(parsed.value.context, log),
    });
  } catch (error) {
    log.error({ err: error }, 'command failed');
    throw error;
  }
}

async function decideAndAppend<
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
  const { eventStore, log, maxAttempts = 3 } = deps;
  const { decider, codec, snapshot } = aggregate;
  let conflict: ConcurrencyConflict | undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const loaded = await loadAggregate(deps, aggregate, streamId);
    const decision = decider.decide(command, loaded.state);
    if (!decision.ok || decision.value.length === 0) {
      await saveSnapshotIfDue(deps, snapshot, streamId, loaded);
      if (!decision.ok) {
        log.info({ code: decision.error.code }, 'command rejected');
        return decision;
      }
      log.info('command accepted with no change');
      return ok({ position: null, streamVersion: loaded.version });
    }
    const appended = await eventStore.appendToStream(
      streamId,
      loaded.version === 0 ? 'no_stream' : loaded.version,
      toNewEvents(codec, decision.value, metadata),
    );
    if (appended.ok) {
      const { lastPosition, nextExpectedVersion, events } = appended.value;
      log.info({ events: events.length, attempt }, 'command handled');
      // The new state from the events as stored and read back, exactly what a replay would see.
      const state = fold(
        { ...decider, initialState: loaded.state },
        events.map((event) => codec.parse(event)),
      );
      await saveSnapshotIfDue(deps, snapshot, streamId, {
        ...loaded,
        state,
        version: nextExpectedVersion,
      });
      return ok({ position: lastPosition, streamVersion: nextExpectedVersion });
    }
    conflict = appended.error;
    log.warn({ attempt }, 'concurrency conflict, retrying on fresh state');
  }
  log.warn({ attempts: maxAttempts }, 'command gave up after repeated concurrency conflicts');
  return err(conflict as ConcurrencyConflict);
}
