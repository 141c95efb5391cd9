import { z } from 'zod';
import { decodeEvents, type DecodedEvent } from '../application/decode-events';
import type { Aggregate } from '../application/handle-command';
import type { EventStore, ReadStreamOptions } from '../event-store/port';
import { fold } from '../shared/decider';
import type { DomainError } from '../shared/domain-error';
import type { DomainEvent } from '../shared/envelope';

/** A moment in a stream's life: after its n-th event, or as it was at an instant. */
export const pointInTimeSchema = z.union([
  z.strictObject({ version: z.number().int().nonnegative() }),
  z.strictObject({ at: z.coerce.date() }),
]);
export type PointInTime = z.input<typeof pointInTimeSchema>;

export interface StateAt<Event extends DomainEvent, State> {
  readonly state: State;
  /** The version the state is at: 0 when the stream had no event yet. */
  readonly streamVersion: number;
  /** The events that led there, oldest first. */
  readonly events: readonly DecodedEvent<Event>[];
}

/**
 * The aggregate as it was ("time travel", for admin views): its events up to a stream version or
 * recorded at or before an instant, folded. Always a full replay of that prefix, since snapshots
 * hold only the latest state. Throws UndecodableEvent for a stored event this code cannot read.
 */
export async function loadStateAt<Event extends DomainEvent, State>(
  eventStore: Pick<EventStore, 'readStream'>,
  aggregate: Pick<Aggregate<never, Event, State, DomainError>, 'decider' | 'codec'>,
  streamId: string,
  point: PointInTime,
): Promise<StateAt<Event, State>> {
  const parsed = pointInTimeSchema.parse(point);
  const options: ReadStreamOptions =
    'version' in parsed ? { toVersion: parsed.version } : { recordedAtOrBefore: parsed.at };
  const events = decodeEvents(
    aggregate.codec,
    prefix(await eventStore.readStream(streamId, options)),
  );
  return {
    state: fold(
      aggregate.decider,
      events.map(({ type, data }) => ({ type, data }) as Event),
    ),
    streamVersion: events.at(-1)?.streamVersion ?? 0,
    events,
  };
}

/**
 * The gap-free run from version 1. Events appended by this store are recorded in version order,
 * but rows written before it stamped recorded_at per statement may not be, and a state folded
 * over a history with a hole in it would be a state that never existed.
 */
function prefix<T extends { streamVersion: number }>(events: readonly T[]): readonly T[] {
  const end = events.findIndex((event, index) => event.streamVersion !== index + 1);
  return end === -1 ? events : events.slice(0, end);
}
