import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { NewEvent } from '../event-store/port';
import type { DomainEvent, EventMetadata } from '../shared/envelope';
import type { EventCodec } from '../shared/event-codec';

/**
 * The decided events as the store takes them. Each payload is checked against its type's current
 * schema first: a decider that emits what it could not read back is a defect, and the log is
 * immutable, so it throws before anything is written.
 */
export function toNewEvents<Event extends DomainEvent>(
  codec: EventCodec<Event>,
  events: readonly Event[],
  metadata: EventMetadata,
): NewEvent[] {
  return events.map((event) => {
    const definition = codec.definitions.find((candidate) => candidate.type === event.type);
    if (!definition) throw new TypeError(`The decider emitted ${event.type}, unknown to its codec`);
    const checked = definition.schema.safeParse(event.data);
    if (!checked.success) {
      throw new TypeError(
        `The decider emitted an invalid ${event.type}: ${z.prettifyError(checked.error)}`,
      );
    }
    return {
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: definition.currentVersion,
      data: event.data,
      metadata,
    };
  });
}
