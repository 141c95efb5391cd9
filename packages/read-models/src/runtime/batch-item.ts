import type { LogPosition, RecordedEvent } from '@shop/domain';

/** An event to settle; `sequence` is its JetStream stream sequence (null when read from the store). */
export interface EventItem {
  readonly kind: 'event';
  readonly event: RecordedEvent;
  readonly sequence: number | null;
}

/** A message whose body is not a recorded event: it becomes a dead letter at once. */
export interface UndecodableItem {
  readonly kind: 'undecodable';
  readonly body: string;
  /** From the subject's last token, so the stream's later events can wait behind it. */
  readonly streamId: string | null;
  readonly sequence: number;
  readonly correlationId: string | null;
  readonly error: unknown;
}

/**
 * A message of a category the projection does not read (a projection of several categories reads
 * every category of its partition): left undecoded, it only moves the stream sequence.
 */
export interface ForeignItem {
  readonly kind: 'foreign';
  readonly sequence: number;
}

export type BatchItem = EventItem | UndecodableItem | ForeignItem;

/** How far a batch has got: the log position, and the stream sequence when read from JetStream. */
export interface CursorState {
  readonly position: LogPosition;
  readonly sequence: number | null;
}

export const eventItems = (events: readonly RecordedEvent[]): EventItem[] =>
  events.map((event) => ({ kind: 'event', event, sequence: null }));

export function streamIdOf(item: BatchItem): string | null {
  if (item.kind === 'event') return item.event.streamId;
  return item.kind === 'undecodable' ? item.streamId : null;
}

export function correlationIdOf(item: BatchItem): string | null {
  if (item.kind === 'event') return item.event.metadata.correlationId;
  return item.kind === 'undecodable' ? item.correlationId : null;
}
