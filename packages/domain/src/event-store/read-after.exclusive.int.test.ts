import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RecordedEvent } from '../shared/envelope';
import { logStart, type LogPosition } from '../shared/log-position';
import {
  appended,
  newEvent,
  newEvents,
  streamId,
  testLogger,
  testPool,
} from './test-support/fixtures';
import { PostgresEventStore } from './postgres-event-store';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  store = new PostgresEventStore(pool, testLogger());
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

/*
 * pg_snapshot_xmin spans every database of the server, so any transaction in flight elsewhere (other
 * test files run in parallel) can delay what readAfter shows: wait for a condition, never assume.
 */
const readAllAfter = async (position: LogPosition): Promise<readonly RecordedEvent[]> =>
  store.readAfter(position, 1_000);

const positionOf = (event: RecordedEvent | undefined): LogPosition => {
  if (!event) throw new Error('expected an event');
  return { transactionId: event.transactionId, globalPosition: event.globalPosition };
};

const waitLong = { timeout: 20_000, interval: 50 };

const insertInOpenTransaction = (client: pg.Client, stream: string, version: number) =>
  client.query(
    `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
     VALUES ($1, $2, $3, 'ThingHappened', 1, '{}', $4)`,
    [newEvent().eventId, stream, version, newEvent().metadata],
  );

describe('readAfter', () => {
  it('pages through the log strictly after a position, in log order', async () => {
    const stream = streamId();
    const earlier = await appended(store.appendToStream(stream, 'no_stream', newEvents(5)));
    const later = await appended(store.appendToStream(stream, 5, newEvents(3)));
    const idsOf = (events: readonly RecordedEvent[]) => events.map((event) => event.eventId);

    let firstPage: readonly RecordedEvent[] = [];
    await vi.waitFor(async () => {
      firstPage = await store.readAfter(earlier.lastPosition, 2);
      expect(firstPage).toHaveLength(2);
    }, waitLong);
    const rest = await readAllAfter(positionOf(firstPage.at(-1)));

    expect([...idsOf(firstPage), ...idsOf(rest)]).toEqual(idsOf(later.events));
    expect(idsOf(await readAllAfter(logStart))).toEqual([
      ...idsOf(earlier.events),
      ...idsOf(later.events),
    ]);
  });

  it('never skips a transaction still in flight, and returns it first once committed', async () => {
    const slowStream = streamId('slow');
    const fastStream = streamId('fast');
    const { lastPosition: start } = await appended(
      store.appendToStream(streamId(), 'no_stream', newEvents(1)),
    );
    const slow = new pg.Client({ connectionString: database.connectionString });
    await slow.connect();
    try {
      await slow.query('BEGIN');
      await insertInOpenTransaction(slow, slowStream, 1);
      await appended(store.appendToStream(fastStream, 'no_stream', newEvents(1)));
      // The slow transaction began first and now takes a position after the fast one's.
      await insertInOpenTransaction(slow, slowStream, 2);

      expect(await readAllAfter(start)).toEqual([]);
      expect(await store.hasHeldBackEvents(start)).toBe(true);

      await slow.query('COMMIT');

      let visible: readonly RecordedEvent[] = [];
      await vi.waitFor(async () => {
        visible = await readAllAfter(start);
        expect(visible).toHaveLength(3);
      }, waitLong);
      expect(visible.map((event) => [event.streamId, event.streamVersion])).toEqual([
        [slowStream, 1],
        [slowStream, 2],
        [fastStream, 1],
      ]);
      const [slowFirst, slowSecond, fastEvent] = visible;
      expect(fastEvent?.globalPosition).toBeLessThan(slowSecond?.globalPosition ?? 0n);
      expect(fastEvent?.transactionId).toBeGreaterThan(slowFirst?.transactionId ?? 0n);
      expect(await store.hasHeldBackEvents(positionOf(fastEvent))).toBe(false);
    } finally {
      await slow.query('ROLLBACK').catch(() => undefined);
      await slow.end();
    }
  });
});
