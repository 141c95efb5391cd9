import type { Logger } from 'pino';
import type { z } from 'zod';
import type { ConcurrencyConflict, EventStore, SnapshotStore } from '../event-store/port';
import type { Decider } from '../shared/decider';
import type { DomainError } from '../shared/domain-error';
import type { DomainEvent } from '../shared/envelope';
import type { EventCodec } from '../shared/event-codec';
import type { LogPosition } from '../shared/log-position';
import type { Result } from '../shared/result';
import type { SnapshotPolicy } from '../snapshots/snapshot-policy';
import { eventMetadataFor, type CommandContext } from './command-context';
import { decideAndAppend } from './decide-and-append';
import { parseCommand } from './parse-command';
import type { StreamStateCache } from './stream-state-cache';
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
  /**
   * The last known state of the streams this process wrote or read lately: a command on one of
   * them decides and appends without reading the stream first. Opt-in; share one per process.
   */
  readonly stateCache?: StreamStateCache;
}

export type CommandFailure<Error> = Error | ConcurrencyConflict | ValidationFailed;

/**
 * Validates, loads the state (snapshot + tail, or the state remembered in `stateCache`), decides,
 * appends at the version it read. On a conflict another writer got there first: read the events
 * since, decide again on the new state, a bounded number of times. A stored event that cannot be
 * read throws UndecodableEvent, nothing is written and nothing of the stream stays remembered.
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
    deps.stateCache?.forget(streamId);
    log.error({ err: error }, 'command failed');
    throw error;
  }
}
