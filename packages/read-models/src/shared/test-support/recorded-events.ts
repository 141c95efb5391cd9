import { randomUUID } from 'node:crypto';
import type { LogPosition, RecordedEvent } from '@shop/domain';

let lastPosition = 0;

/** Log positions that increase across a test run, as the relay would publish them. */
export function nextPosition(): LogPosition {
  lastPosition += 1;
  return { transactionId: BigInt(50_000 + lastPosition), globalPosition: BigInt(lastPosition) };
}

export interface EventOptions {
  schemaVersion?: number;
  recordedAt?: Date;
  actor?: string;
  correlationId?: string;
}

/** The events of one stream, numbered 1, 2, 3… as the event store numbers them. */
export interface TestStream {
  readonly id: string;
  readonly streamId: string;
  event(type: string, data: unknown, options?: EventOptions): RecordedEvent;
}

const baseTime = Date.parse('2026-11-20T10:00:00.000Z');

export function testStream(category: string, id: string = randomUUID()): TestStream {
  const streamId = `${category}-${id}`;
  let version = 0;
  return {
    id,
    streamId,
    event(type, data, options = {}) {
      version += 1;
      const correlationId = options.correlationId ?? randomUUID();
      return {
        ...nextPosition(),
        eventId: randomUUID(),
        type,
        schemaVersion: options.schemaVersion ?? 1,
        streamId,
        streamVersion: version,
        recordedAt: options.recordedAt ?? new Date(baseTime + lastPosition * 1_000),
        data,
        metadata: { correlationId, causationId: correlationId, actor: options.actor ?? 'admin' },
      };
    },
  };
}
