import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appended,
  newEvent,
  newEvents,
  streamId,
  testLogger,
  testPool,
} from './test-support/fixtures';
import { PostgresEventStore } from './postgres-event-store';
import { appendLosingToRival } from './test-support/rival-writer';

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

const countEvents = async (stream: string): Promise<number> => {
  const { rows } = await pool.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM events WHERE stream_id = $1',
    [stream],
  );
  return rows[0]?.count ?? 0;
};

describe('PostgresEventStore append and read', () => {
  it('gives back the appended events as a read returns them, not as they were given', async () => {
    const stream = streamId();
    const given = newEvent('ThingHappened', { at: new Date(0), gone: undefined, n: 1e21 });
    const upperCaseId = { ...given, eventId: given.eventId.toUpperCase() };

    const { events } = await appended(store.appendToStream(stream, 'no_stream', [upperCaseId]));

    expect(events).toStrictEqual(await store.readStream(stream));
    expect(events[0]?.eventId).toBe(given.eventId);
    expect(events[0]?.data).toStrictEqual({ at: '1970-01-01T00:00:00.000Z', n: 1e21 });
  });

  it('round-trips the envelope through appendToStream and readStream', async () => {
    const stream = streamId('product');
    const written = [newEvent('ProductAdded', { name: 'Lamp', tags: ['desk'] }), newEvent()];

    const appended = await store.appendToStream(stream, 'no_stream', written);

    expect(appended.ok).toBe(true);
    if (!appended.ok) return;
    const read = await store.readStream(stream);
    expect(read).toEqual(appended.value.events);
    expect(
      read.map(({ eventId, type, schemaVersion, data, metadata }) => ({
        eventId,
        type,
        schemaVersion,
        data,
        metadata,
      })),
    ).toEqual(written);
    expect(read.map((event) => [event.streamId, event.streamVersion])).toEqual([
      [stream, 1],
      [stream, 2],
    ]);
    const [first, second] = read;
    if (!first || !second) throw new Error('expected two events');
    // One append is one transaction: the same xid, positions in the order given.
    expect(second.transactionId).toBe(first.transactionId);
    expect(second.globalPosition).toBeGreaterThan(first.globalPosition);
    expect(first.recordedAt).toBeInstanceOf(Date);
    expect(appended.value.nextExpectedVersion).toBe(2);
    expect(appended.value.lastPosition).toEqual({
      transactionId: second.transactionId,
      globalPosition: second.globalPosition,
    });
  });

  it('appends at the exact expected version and with any', async () => {
    const stream = streamId();
    await store.appendToStream(stream, 'no_stream', newEvents(2));

    const exact = await store.appendToStream(stream, 2, newEvents(1));
    const any = await store.appendToStream(stream, 'any', newEvents(1));

    expect(exact.ok && exact.value.nextExpectedVersion).toBe(3);
    expect(any.ok && any.value.nextExpectedVersion).toBe(4);
    expect((await store.readStream(stream)).map((event) => event.streamVersion)).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('returns an empty history for a stream never written', async () => {
    expect(await store.readStream(streamId())).toEqual([]);
  });

  it('refuses an empty append as a programming error', async () => {
    await expect(store.appendToStream(streamId(), 'any', [])).rejects.toThrow(RangeError);
  });
});

describe('PostgresEventStore optimistic concurrency', () => {
  it('returns the typed conflict for a stale expected version and stores nothing', async () => {
    const stream = streamId();
    await store.appendToStream(stream, 'no_stream', newEvents(2));

    const stale = await store.appendToStream(stream, 1, newEvents(1));

    expect(stale).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'ConcurrencyConflict',
        streamId: stream,
        expectedVersion: 1,
      }),
    });
    expect(await countEvents(stream)).toBe(2);
  });

  it("conflicts on 'no_stream' when the stream exists", async () => {
    const stream = streamId();
    await store.appendToStream(stream, 'no_stream', newEvents(1));

    const again = await store.appendToStream(stream, 'no_stream', newEvents(1));

    expect(!again.ok && again.error.kind).toBe('ConcurrencyConflict');
    expect(await countEvents(stream)).toBe(1);
  });

  it('lets exactly one of two concurrent appends at the same version win', async () => {
    const stream = streamId();
    await store.appendToStream(stream, 'no_stream', newEvents(1));

    const results = await Promise.all([
      store.appendToStream(stream, 1, newEvents(2)),
      store.appendToStream(stream, 1, newEvents(2)),
    ]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(
      results.filter((result) => !result.ok && result.error.kind === 'ConcurrencyConflict'),
    ).toHaveLength(1);
    expect(await countEvents(stream)).toBe(3);
  });

  it('turns the unique violation of a writer that passed the version check into the conflict', async () => {
    const stream = streamId();

    const result = await appendLosingToRival(pool, database.connectionString, stream, () =>
      store.appendToStream(stream, 'no_stream', newEvents(1)),
    );

    expect(!result.ok && result.error.kind).toBe('ConcurrencyConflict');
    expect(await countEvents(stream)).toBe(1);
  });
});
