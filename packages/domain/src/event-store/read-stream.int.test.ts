import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appended, newEvents, streamId, testLogger, testPool } from './test-support/fixtures';
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

const versionsOf = (events: readonly { streamVersion: number }[]) =>
  events.map((event) => event.streamVersion);

describe('readStream slices', () => {
  it('reads forward from a version, up to a version, or both', async () => {
    const stream = streamId();
    await appended(store.appendToStream(stream, 'no_stream', newEvents(6)));

    expect(versionsOf(await store.readStream(stream))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(versionsOf(await store.readStream(stream, { fromVersion: 4 }))).toEqual([4, 5, 6]);
    expect(versionsOf(await store.readStream(stream, { toVersion: 2 }))).toEqual([1, 2]);
    expect(versionsOf(await store.readStream(stream, { fromVersion: 2, toVersion: 3 }))).toEqual([
      2, 3,
    ]);
    expect(await store.readStream(stream, { fromVersion: 7 })).toEqual([]);
    expect(await store.readStream(stream, { toVersion: 0 })).toEqual([]);
  });

  it('reads the stream as it was at an instant, by recorded_at', async () => {
    const stream = streamId();
    const first = await appended(store.appendToStream(stream, 'no_stream', newEvents(2)));
    const [, second] = first.events;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await appended(store.appendToStream(stream, 2, newEvents(1)));

    const then = second?.recordedAt ?? new Date(0);
    expect(versionsOf(await store.readStream(stream, { recordedAtOrBefore: then }))).toEqual([
      1, 2,
    ]);
    expect(
      await store.readStream(stream, { recordedAtOrBefore: new Date(then.getTime() - 1) }),
    ).toEqual([]);
    expect(versionsOf(await store.readStream(stream, { recordedAtOrBefore: new Date() }))).toEqual([
      1, 2, 3,
    ]);
  });

  it('records later versions of a stream at later or equal times', async () => {
    const stream = streamId();
    for (let version = 0; version < 5; version++) {
      await appended(
        store.appendToStream(stream, version === 0 ? 'no_stream' : version, newEvents(1)),
      );
    }
    const times = (await store.readStream(stream)).map((event) => event.recordedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('answers a time query from the stream index, not by scanning the log', async () => {
    const client = await pool.connect();
    try {
      // A tiny test table may rightly be scanned; this proves the query shape can use the index.
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT * FROM events WHERE stream_id = $1 AND stream_version BETWEEN 1 AND 5
           AND recorded_at <= coalesce($2::timestamptz, 'infinity') ORDER BY stream_version`,
        ['thing-1', new Date()],
      );
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index Scan using events_stream_id_stream_version_key/);
      expect(plan).toMatch(/Index Cond: \(\(stream_id = /);
    } finally {
      await client.query('RESET enable_seqscan');
      client.release();
    }
  });

  it('refuses a version bound that is not an integer', async () => {
    await expect(store.readStream(streamId(), { fromVersion: 1.5 })).rejects.toThrow(RangeError);
  });
});
