import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appended, newEvent, newEvents, streamId } from './test-support/fixtures';
import { closeTestStore, openTestStore, type TestStore } from './test-support/test-store';
import type { PostgresEventStore } from './postgres-event-store';

let t: TestStore;
let pool: pg.Pool;
let store: PostgresEventStore;

beforeAll(async () => {
  t = await openTestStore();
  ({ pool, eventStore: store } = t);
});

afterAll(() => closeTestStore(t));

const countEvents = (stream: string) => t.countEvents(stream);

describe('PostgresEventStore batched append', () => {
  it('appends 100 events in one statement on the pool, in order', async () => {
    const stream = streamId();
    const events = newEvents(100);
    const query = vi.spyOn(pool, 'query');
    const connect = vi.spyOn(pool, 'connect');
    try {
      const result = await appended(store.appendToStream(stream, 'no_stream', events));

      // One pool.query for the append (which checks a client out once itself): one statement, so
      // one round trip and no BEGIN/COMMIT, nothing per event. The other is the NOTIFY after it.
      const isNotify = (sql: unknown) => typeof sql === 'string' && sql.includes('pg_notify');
      const [appends, notifies] = [false, true].map(
        (notify) => query.mock.calls.filter(([sql]) => isNotify(sql) === notify).length,
      );
      expect(appends).toBe(1);
      expect(notifies).toBe(1);
      expect(connect).toHaveBeenCalledTimes(2);
      expect(result.nextExpectedVersion).toBe(100);
      expect(result.events.map((event) => event.eventId)).toEqual(events.map((e) => e.eventId));
      const positions = result.events.map((event) => event.globalPosition);
      expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : 1)));
    } finally {
      query.mockRestore();
      connect.mockRestore();
    }
    expect(await countEvents(stream)).toBe(100);
  });

  it('conflicts on an exact version the stream is not at, empty or not', async () => {
    const stream = streamId();
    const onEmpty = await store.appendToStream(stream, 3, newEvents(1));
    expect(!onEmpty.ok && onEmpty.error.kind).toBe('ConcurrencyConflict');
    expect(await countEvents(stream)).toBe(0);
  });
});

describe('PostgresEventStore envelope', () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it('keeps a W3C traceparent in the metadata', async () => {
    const stream = streamId();
    const event = newEvent();
    const withTrace = { ...event, metadata: { ...event.metadata, traceparent } };

    await appended(store.appendToStream(stream, 'no_stream', [withTrace]));

    const [read] = await store.readStream(stream);
    expect(read?.metadata).toEqual(withTrace.metadata);
    expect(Object.keys(read ?? {}).sort()).toEqual(
      [
        'eventId',
        'type',
        'schemaVersion',
        'streamId',
        'streamVersion',
        'transactionId',
        'globalPosition',
        'recordedAt',
        'data',
        'metadata',
      ].sort(),
    );
  });

  it.each([
    ['a malformed traceparent', { traceparent: '00-xyz-01' }],
    ['an all-zero trace id', { traceparent: `00-${'0'.repeat(32)}-00f067aa0ba902b7-01` }],
    ['a correlation id that is no uuid', { correlationId: 'abc' }],
    ['an empty actor', { actor: '' }],
  ])('refuses %s and stores nothing', async (_, change) => {
    const stream = streamId();
    const good = newEvent();
    const bad = { ...newEvent(), metadata: { ...good.metadata, ...change } };

    await expect(store.appendToStream(stream, 'any', [good, bad])).rejects.toThrow(TypeError);

    expect(await countEvents(stream)).toBe(0);
  });
});
