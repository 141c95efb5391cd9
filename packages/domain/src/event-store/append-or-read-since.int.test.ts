import { describe, expect, it, vi } from 'vitest';
import { appended, newEvents, streamId } from './test-support/fixtures';
import { appendLosingToRival } from './test-support/rival-writer';
import { useTestStore } from './test-support/test-store';

const store = useTestStore();

const idsOf = (events: readonly { eventId: string }[]) => events.map((event) => event.eventId);

describe('PostgresEventStore.appendOrReadSince', () => {
  it('appends at the expected version, 0 for a new stream, in one statement', async () => {
    const stream = streamId();
    const query = vi.spyOn(store().pool, 'query');
    try {
      const first = await appended(store().eventStore.appendOrReadSince(stream, 0, newEvents(2)));
      const second = await appended(store().eventStore.appendOrReadSince(stream, 2, newEvents(1)));

      expect(first.nextExpectedVersion).toBe(2);
      expect(second.nextExpectedVersion).toBe(3);
      const isNotify = (sql: unknown) => typeof sql === 'string' && sql.includes('pg_notify');
      expect(query.mock.calls.filter(([sql]) => !isNotify(sql))).toHaveLength(2);
    } finally {
      query.mockRestore();
    }
    expect(await store().countEvents(stream)).toBe(3);
  });

  it('answers a stale version with the events from it on, and writes nothing', async () => {
    const stream = streamId();
    const written = await appended(
      store().eventStore.appendToStream(stream, 'no_stream', newEvents(4)),
    );

    const result = await store().eventStore.appendOrReadSince(stream, 2, newEvents(1));

    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'StreamMoved',
        streamId: stream,
        expectedVersion: 2,
        since: expect.any(Array),
      },
    });
    if (result.ok || result.error.kind !== 'StreamMoved') return;
    expect(result.error.since).toEqual(written.events.slice(1));
    expect(await store().countEvents(stream)).toBe(4);
  });

  it('answers 0 on a stream that exists with all of it, and a version past the end with nothing', async () => {
    const stream = streamId();
    const written = await appended(
      store().eventStore.appendToStream(stream, 'no_stream', newEvents(2)),
    );

    const fromStart = await store().eventStore.appendOrReadSince(stream, 0, newEvents(1));
    const pastEnd = await store().eventStore.appendOrReadSince(stream, 5, newEvents(1));

    expect(
      !fromStart.ok && fromStart.error.kind === 'StreamMoved' && idsOf(fromStart.error.since),
    ).toEqual(idsOf(written.events));
    expect(!pastEnd.ok && pastEnd.error).toMatchObject({ kind: 'StreamMoved', since: [] });
    expect(await store().countEvents(stream)).toBe(2);
  });

  it('gives the plain conflict to a writer that passed the check and lost the race', async () => {
    const stream = streamId();

    const result = await appendLosingToRival(
      store().pool,
      store().database.connectionString,
      stream,
      () => store().eventStore.appendOrReadSince(stream, 0, newEvents(1)),
    );

    expect(!result.ok && result.error.kind).toBe('ConcurrencyConflict');
    expect(await store().countEvents(stream)).toBe(1);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s as an expected version', async (version) => {
    await expect(
      store().eventStore.appendOrReadSince(streamId(), version, newEvents(1)),
    ).rejects.toThrow(RangeError);
  });
});
