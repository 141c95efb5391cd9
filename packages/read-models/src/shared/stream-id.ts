import type { RecordedEvent } from '@shop/domain';
import { z } from 'zod';
import { MalformedEvent } from './malformed-event';

export { categoryOf } from '../runtime/partitions';

const uuid = z.uuid();

/** The entity id of an event's stream (`order-<uuid>` → the uuid), checked against `category`. */
export function entityIdOf(event: RecordedEvent, category: string): string {
  const prefix = `${category}-`;
  const id = event.streamId.slice(prefix.length);
  if (!event.streamId.startsWith(prefix) || !uuid.safeParse(id).success) {
    throw new MalformedEvent(event, `stream is not of category ${category} (${prefix}<uuid>)`);
  }
  return id;
}

/**
 * The entity id of the event's stream, which the payload must name too: an event recorded in
 * another entity's stream would otherwise be applied to the wrong row.
 */
export function entityIdMatching(event: RecordedEvent, category: string, idInData: string): string {
  const id = entityIdOf(event, category);
  if (id !== idInData) {
    throw new MalformedEvent(event, `its payload is about ${idInData}, not ${id}`);
  }
  return id;
}
