import fc from 'fast-check';
import { expect } from 'vitest';
import type { EventStore } from '../../event-store/port';
import { testLogger } from '../../event-store/test-support/fixtures';
import { fold } from '../../shared/decider';
import type { DomainError } from '../../shared/domain-error';
import type { DomainEvent } from '../../shared/envelope';
import type { SnapshotPolicy } from '../../snapshots/snapshot-policy';
import { handleCommand, type Aggregate, type CommandHandlerDeps } from '../handle-command';
import { loadAggregate } from '../load-aggregate';
import { commandContext } from './context';

interface PropertySubject<Command, Event extends DomainEvent, State, Error extends DomainError> {
  readonly aggregate: Aggregate<Command, Event, State, Error>;
  readonly policy: Omit<SnapshotPolicy<State>, 'every'>;
  readonly command: fc.Arbitrary<Command>;
  readonly streamId: () => string;
}

/**
 * Runs random command sequences through handleCommand with snapshots every 1..6 events, then
 * checks that the state loaded from the latest snapshot plus the tail equals a full replay.
 */
export async function snapshotsAgreeWithReplay<
  Command extends { type: string },
  Event extends DomainEvent,
  State,
  Error extends DomainError,
>(
  deps: CommandHandlerDeps & { eventStore: EventStore },
  { aggregate, policy, command, streamId }: PropertySubject<Command, Event, State, Error>,
  numRuns = 40,
): Promise<void> {
  const log = testLogger();
  await fc.assert(
    fc.asyncProperty(
      fc.array(command, { maxLength: 25 }),
      fc.integer({ min: 1, max: 6 }),
      async (commands, every) => {
        const stream = streamId();
        const withSnapshots = { ...aggregate, snapshot: { ...policy, every } };
        for (const next of commands) {
          const result = await handleCommand(deps, withSnapshots, stream, next, commandContext());
          // The generator must make well-formed commands, or the property would hold vacuously.
          expect(result.ok || result.error.kind).not.toBe('ValidationFailed');
        }

        const loaded = await loadAggregate({ ...deps, log }, withSnapshots, stream);
        const history = await deps.eventStore.readStream(stream);
        const replayed = fold(
          aggregate.decider,
          history.map((event) => aggregate.codec.parse(event)),
        );

        expect(loaded.state).toEqual(replayed);
        expect(loaded.version).toBe(history.length);
        expect(history.length - loaded.snapshotVersion).toBeLessThan(every);
      },
    ),
    { numRuns },
  );
}
