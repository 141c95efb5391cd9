import type { EventCodec, RecordedEvent } from '@shop/domain';
import { decodeEvent } from './malformed-event';
import { entityIdMatching } from './stream-id';
import { reflects } from './stream-version';

/** A row fed by one stream: the stream version it reflects, and when it last changed. */
export interface StreamRow {
  readonly version: number;
  readonly updatedAt: Date;
}

export interface StreamRowSpec<
  Row extends StreamRow,
  Event extends { type: string; data: unknown },
> {
  readonly category: string;
  readonly codec: EventCodec<Event>;
  /** The entity id the payload names; it must be the stream's. */
  readonly idInData: (event: Event) => string;
  /** The row an entity's first event makes (throw if this event cannot start one). */
  readonly create: (
    id: string,
    event: Event,
    recorded: RecordedEvent,
  ) => Omit<Row, keyof StreamRow>;
  readonly evolve: (row: Row, event: Event, recorded: RecordedEvent) => Omit<Row, keyof StreamRow>;
}

/**
 * The pure evolve of a one-stream row: an event the row already reflects returns the row itself
 * (so a store can skip the write), any other is decoded with the slice's codec, checked against
 * its stream, and applied; the row then reflects its stream version.
 */
export function streamRowEvolver<
  Row extends StreamRow,
  Event extends { type: string; data: unknown },
>(spec: StreamRowSpec<Row, Event>) {
  return (row: Row | null, recorded: RecordedEvent): Row => {
    if (row && reflects(row.version, recorded)) return row;
    const event = decodeEvent(spec.codec, recorded);
    const id = entityIdMatching(recorded, spec.category, spec.idInData(event));
    const next = row ? spec.evolve(row, event, recorded) : spec.create(id, event, recorded);
    // The fields the spec returns plus the two set here are a Row; TS cannot see it for a generic Row.
    return { ...next, version: recorded.streamVersion, updatedAt: recorded.recordedAt } as Row;
  };
}
