import { z } from 'zod';
import type { LogPosition } from './log-position';

export const eventMetadataSchema = z.object({
  /** The command that started the work; every event and log line it causes carries it. */
  correlationId: z.uuid(),
  /** The message that directly caused this one (the command id, or the event a saga reacted to). */
  causationId: z.uuid(),
  /** Who asked: `admin`, `customer:<id>`, `system:<process>`. */
  actor: z.string().min(1),
  /** W3C trace context, when the command arrived inside a trace. */
  traceparent: z.string().optional(),
});
export type EventMetadata = z.infer<typeof eventMetadataSchema>;

/** What a decider emits: a type, its payload, and the schema version the payload was written in. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** An event as the store recorded it. */
export interface RecordedEvent<Event extends DomainEvent = DomainEvent> extends LogPosition {
  readonly eventId: string;
  readonly type: Event['type'];
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly recordedAt: Date;
  readonly data: Event['data'];
  readonly metadata: EventMetadata;
}

const decimalBigint = z
  .string()
  .regex(/^\d{1,20}$/)
  .transform((text) => BigInt(text));

/** The JSON form of a recorded event on the wire (NATS): bigints as decimal strings, dates as ISO. */
export const recordedEventWireSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  streamId: z.string().min(1),
  streamVersion: z.number().int().positive(),
  transactionId: decimalBigint,
  globalPosition: decimalBigint,
  recordedAt: z.iso.datetime({ offset: true }).transform((text) => new Date(text)),
  data: z.unknown(),
  metadata: eventMetadataSchema,
});

export function toWire(event: RecordedEvent): string {
  return JSON.stringify({
    ...event,
    transactionId: event.transactionId.toString(),
    globalPosition: event.globalPosition.toString(),
    recordedAt: event.recordedAt.toISOString(),
  });
}

/** Parses a message body; throws a ZodError (or SyntaxError) on a malformed one. */
export function fromWire(body: string): RecordedEvent {
  return recordedEventWireSchema.parse(JSON.parse(body));
}
