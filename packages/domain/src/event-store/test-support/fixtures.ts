import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pino, type Logger } from 'pino';
import type { Result } from '../../shared/result';
import type { AppendResult, ConcurrencyConflict, NewEvent, StreamMoved } from '../port';

/** Silent unless TEST_LOG_LEVEL asks for the logs (e.g. `TEST_LOG_LEVEL=debug`). */
export const testLogger = (): Logger => pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/*
 * pool.end() resolves before its clients have closed, so the afterAll that drops the database
 * (WITH FORCE) can kill one: the pool then emits 'error', which unhandled fails the test run.
 */
export function testPool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 8 });
  pool.on('error', () => undefined);
  return pool;
}

/** A new event with fresh ids; the correlation id is shared when given, as one command's events are. */
export function newEvent(
  type = 'ThingHappened',
  data: unknown = { at: 1 },
  correlationId: string = randomUUID(),
): NewEvent {
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { correlationId, causationId: randomUUID(), actor: 'admin' },
  };
}

export const newEvents = (count: number, correlationId: string = randomUUID()): NewEvent[] =>
  Array.from({ length: count }, (_, index) => newEvent('ThingHappened', { index }, correlationId));

export const streamId = (category = 'thing'): string => `${category}-${randomUUID()}`;

/** The append's result, for tests whose subject is not the append itself. */
export async function appended(
  append: Promise<Result<AppendResult, ConcurrencyConflict | StreamMoved>>,
): Promise<AppendResult> {
  const result = await append;
  if (!result.ok) throw new Error(`${result.error.kind} on ${result.error.streamId}`);
  return result.value;
}
