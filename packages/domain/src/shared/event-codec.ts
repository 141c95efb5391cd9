import type { EventDefinition } from './event-definition';
import { UndecodableEvent, type StoredEventRef } from './undecodable-event';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the payload type varies per definition and is recovered by EventOf
type AnyEventDefinition = EventDefinition<string, any>;

/** The event union of a list of definitions: `{ type: 'A'; data: A } | { type: 'B'; data: B }`. */
export type EventOf<Definition> =
  Definition extends EventDefinition<infer Type, infer Data> ? { type: Type; data: Data } : never;

/**
 * How an aggregate's events are written and read: the schema version new events are stored with,
 * and a decoder that validates a stored payload (upcasting older versions) into the current shape.
 */
export interface EventCodec<Event extends { type: string; data: unknown }> {
  readonly definitions: readonly AnyEventDefinition[];
  schemaVersionOf(type: Event['type']): number;
  /** Throws UndecodableEvent, naming the stream and position, when the payload cannot be read. */
  parse(stored: StoredEventRef & { schemaVersion: number; data: unknown }): Event;
}

export function eventCodec<const Definitions extends readonly AnyEventDefinition[]>(
  definitions: Definitions,
): EventCodec<EventOf<Definitions[number]>> {
  const byType = new Map(definitions.map((definition) => [definition.type, definition]));
  const definitionOf = (stored: StoredEventRef): AnyEventDefinition => {
    const definition = byType.get(stored.type);
    if (!definition) throw new UndecodableEvent('UnknownType', stored, 'no such event type');
    return definition;
  };
  return {
    definitions,
    schemaVersionOf: (type) => definitionOf({ type }).currentVersion,
    parse: (stored) =>
      ({ type: stored.type, data: definitionOf(stored).decode(stored) }) as EventOf<
        Definitions[number]
      >,
  };
}
