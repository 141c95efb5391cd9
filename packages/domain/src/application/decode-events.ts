import type { DomainEvent, RecordedEvent } from '../shared/envelope';
import type { EventCodec } from '../shared/event-codec';

/**
 * A recorded event as this code reads it: the envelope as stored (schemaVersion is the version it
 * was written in) with type and data decoded, older payloads upcast to the current shape.
 */
export type DecodedEvent<Event extends DomainEvent> = Omit<RecordedEvent, 'type' | 'data'> & Event;

/**
 * Throws UndecodableEvent naming the stream, version and global position: the whole recorded event
 * goes to the codec so that its message can say where the bad event sits.
 */
export const decodeEvents = <Event extends DomainEvent>(
  codec: EventCodec<Event>,
  recorded: readonly RecordedEvent[],
): DecodedEvent<Event>[] =>
  recorded.map((event) => ({ ...event, ...codec.parse(event) }) as DecodedEvent<Event>);
