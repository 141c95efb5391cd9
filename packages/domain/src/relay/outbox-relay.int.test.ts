import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import {
  appended,
  newEvents,
  streamId,
  testLogger,
  testPool,
} from '../event-store/test-support/fixtures';
import { fromWire, type RecordedEvent } from '../shared/envelope';
import { logStart } from '../shared/log-position';
import { OutboxRelay, type OutboxRelayOptions } from './outbox-relay';
import { streamPartition } from './stream-partition';
import { eventSubject } from './subjects';
import { createTestEventStream, type TestEventStream } from './test-support/test-event-stream';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
let events: TestEventStream;
let relayName: string;
const relays: OutboxRelay[] = [];
const logger = testLogger();

// pg_snapshot_xmin spans the whole server: a transaction in flight elsewhere delays visibility.
const eventually = { timeout: 20_000, interval: 50 };

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  store = new PostgresEventStore(pool, logger);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

// Each test relays the whole log afresh: its own JetStream stream and its own checkpoint row.
beforeEach(async () => {
  events = await createTestEventStream();
  relayName = `relay-${randomUUID()}`;
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  await events.close();
});

function newRelay(options: Partial<OutboxRelayOptions> = {}): OutboxRelay {
  const relay = new OutboxRelay({
    pool,
    listenConnectionString: database.connectionString,
    jetstream: events.js,
    subjectPrefix: events.subjectPrefix,
    relayName,
    logger,
    ...options,
  });
  relays.push(relay);
  return relay;
}

async function appendSome(): Promise<void> {
  const [first, second] = [streamId('product'), streamId('order')];
  await appended(store.appendToStream(first, 'no_stream', newEvents(3)));
  await appended(store.appendToStream(second, 'no_stream', newEvents(2)));
  await appended(store.appendToStream(first, 3, newEvents(1)));
}

/** The whole log in commit order, once every append so far is visible to the relay's query. */
async function visibleLog(): Promise<readonly RecordedEvent[]> {
  const { rows } = await pool.query<{ count: number }>('SELECT count(*)::int AS count FROM events');
  let log: readonly RecordedEvent[] = [];
  await vi.waitFor(async () => {
    log = await store.readAfter(logStart, 100_000);
    expect(log).toHaveLength(rows[0]?.count ?? 0);
  }, eventually);
  return log;
}

const publishedIds = async (): Promise<string[]> =>
  (await events.messages()).map((message) => message.header.get('Nats-Msg-Id'));

const checkpointRow = async () =>
  (
    await pool.query<{ transaction_id: string; global_position: string }>(
      'SELECT transaction_id::text, global_position::text FROM relay_checkpoints WHERE relay_name = $1',
      [relayName],
    )
  ).rows[0];

describe('OutboxRelay', () => {
  it('publishes every event once, in log order, with Nats-Msg-Id = eventId', async () => {
    await appendSome();
    const log = await visibleLog();
    const relay = newRelay({ batchSize: 2 });

    expect(await relay.drainOnce()).toBe(log.length);
    expect(await relay.drainOnce()).toBe(0);

    const messages = await events.messages();
    expect(messages.map((message) => message.header.get('Nats-Msg-Id'))).toEqual(
      log.map((event) => event.eventId),
    );
    messages.forEach((message, index) => {
      const event = log[index];
      expect(message.subject).toBe(eventSubject(events.subjectPrefix, event?.streamId ?? ''));
      expect(message.header.get('Shop-Correlation-Id')).toBe(event?.metadata.correlationId);
      expect(fromWire(message.string())).toEqual(event);
    });
    const last = log.at(-1);
    expect(await checkpointRow()).toEqual({
      transaction_id: last?.transactionId.toString(),
      global_position: last?.globalPosition.toString(),
    });
  });

  it('publishes to partitioned subjects with the configured partition count', async () => {
    await appendSome();
    const log = await visibleLog();

    await newRelay({ partitions: 3 }).drainOnce();

    const subjects = (await events.messages()).map((message) => message.subject);
    expect(subjects).toEqual(
      log.map((event) => eventSubject(events.subjectPrefix, event.streamId, 3)),
    );
    const afterPrefix = (subject: string) => subject.slice(events.subjectPrefix.length + 1);
    expect(subjects.map((subject) => afterPrefix(subject).split('.')[1])).toEqual(
      log.map((event) => String(streamPartition(event.streamId, 3))),
    );
  });

  it('publishes each event exactly once across a crash between publish and checkpoint', async () => {
    await appendSome();
    const before = await visibleLog();
    expect(await newRelay().drainOnce()).toBe(before.length);
    // The crash: everything was published, but the checkpoint never got saved.
    await pool.query('DELETE FROM relay_checkpoints WHERE relay_name = $1', [relayName]);
    await appendSome();
    const after = await visibleLog();

    const restarted = newRelay();
    expect(await restarted.drainOnce()).toBe(after.length);

    expect(await publishedIds()).toEqual(after.map((event) => event.eventId));
    const { state } = await events.jsm.streams.info(events.streamName);
    expect(state.messages).toBe(after.length);
  });

  it('wakes on NOTIFY without waiting for its poll', async () => {
    const relay = newRelay({ idlePollMs: 600_000 });
    await relay.start();
    const existing = (await visibleLog()).length;
    await vi.waitFor(async () => expect(await publishedIds()).toHaveLength(existing), eventually);

    await appendSome();

    await vi.waitFor(
      async () => expect(await publishedIds()).toHaveLength(existing + 6),
      eventually,
    );
  });

  it('listens again after its connection is killed', async () => {
    const applicationName = `shop-relay:${relayName}`;
    const listenerPid = async () =>
      (
        await pool.query<{ pid: number }>(
          'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
          [applicationName],
        )
      ).rows.map((row) => row.pid);
    const relay = newRelay({ idlePollMs: 600_000 });
    await relay.start();
    const [killed] = await listenerPid();
    const existing = (await visibleLog()).length;

    await pool.query('SELECT pg_terminate_backend($1)', [killed]);
    await vi.waitFor(async () => {
      const pids = await listenerPid();
      expect(pids).toHaveLength(1);
      expect(pids).not.toContain(killed);
    }, eventually);
    await appendSome();

    await vi.waitFor(
      async () => expect(await publishedIds()).toHaveLength(existing + 6),
      eventually,
    );
  });

  it('stops cleanly: the loop ends and the listen connection closes', async () => {
    const handles = (kind: 'TCPSocketWrap' | 'Timeout') =>
      process.getActiveResourcesInfo().filter((resource) => resource === kind).length;
    // A pool of its own without idle timers, so the relay's handles are the only ones that move.
    const relayPool = new pg.Pool({
      connectionString: database.connectionString,
      max: 1,
      idleTimeoutMillis: 0,
    });
    try {
      const relay = newRelay({ pool: relayPool, idlePollMs: 600_000 });
      await appendSome();
      const log = await visibleLog();
      await relay.drainOnce();
      const [sockets, timers] = [handles('TCPSocketWrap'), handles('Timeout')];

      await relay.start();
      await appendSome();
      await vi.waitFor(
        async () => expect(await publishedIds()).toHaveLength(log.length + 6),
        eventually,
      );
      await relay.stop();

      expect(handles('TCPSocketWrap')).toBe(sockets);
      // Other timers (the test runner's, the pool's) may end meanwhile; none of the relay's remain.
      expect(handles('Timeout')).toBeLessThanOrEqual(timers);
      await vi.waitFor(async () => {
        const { rows } = await pool.query(
          'SELECT 1 FROM pg_stat_activity WHERE application_name = $1',
          [`shop-relay:${relayName}`],
        );
        expect(rows).toHaveLength(0);
      }, eventually);
    } finally {
      await relayPool.end();
    }
  });
});
