import type { EventCodec, RecordedEvent } from '@shop/domain';

type EventRef = Pick<
  RecordedEvent,
  'eventId' | 'type' | 'schemaVersion' | 'streamId' | 'streamVersion'
>;

/**
 * An event a projection cannot apply: a payload that does not decode, or one that contradicts its
 * stream. Thrown, not returned: the runtime retries it and then keeps it as a dead letter, and the
 * message names the event so an operator can find it.
 */
export class MalformedEvent extends Error {
  override readonly name = 'MalformedEvent';

  constructor(
    readonly event: EventRef,
    problem: string,
    options?: ErrorOptions,
  ) {
    super(
      `Event ${event.eventId} (${event.type} v${event.schemaVersion}, version ` +
        `${event.streamVersion} of stream ${event.streamId}): ${problem}`,
      options,
    );
  }
}

/** Decodes with the slice's codec, so older schema versions are upcast and bad payloads stop here. */
export function decodeEvent<Event extends { type: string; data: unknown }>(
  codec: EventCodec<Event>,
  event: RecordedEvent,
): Event {
  try {
    return codec.parse(event);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MalformedEvent(event, `cannot be read: ${reason}`, { cause: error });
  }
}
