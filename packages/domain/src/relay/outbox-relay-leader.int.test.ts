import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import {
  appended,
  newEvents,
  streamId,
  testLogger,
  testPool,
} from '../event-store/test-support/fixtures';
import { OutboxRelay } from './outbox-relay';
import { capturedLogger, type LogLine } from './test-support/captured-logger';
import { createTestEventStream, type TestEventStream } from './test-support/test-event-stream';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
let events: TestEventStream;
let relayName: string;
const pools: pg.Pool[] = [];
const relays: OutboxRelay[] = [];

// pg_snapshot_xmin spans the whole server: a transaction in flight elsewhere delays visibility.
const eventually = { timeout: 20_000, interval: 50 };

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  store = new PostgresEventStore(pool, testLogger());
  // Positions far from a power of ten: this file tests failover; log order has its own test.
  await pool.query(`SELECT setval('events_global_position_seq', 1000)`);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

beforeEach(async () => {
  events = await createTestEventStream();
  relayName = `relay-${randomUUID()}`;
});

afterEach(async () => {
  await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  await Promise.all(pools.splice(0).map((relayPool) => relayPool.end()));
  await events.close();
});

/** A relay as a separate process would run it: its own pool, its own lock connection. */
function newRelay(): { relay: OutboxRelay; lines: LogLine[] } {
  const relayPool = testPool(database.connectionString);
  const { logger, lines } = capturedLogger();
  const relay = new OutboxRelay({
    pool: relayPool,
    listenConnectionString: database.connectionString,
    jetstream: events.js,
    subjectPrefix: events.subjectPrefix,
    relayName,
    lockPollMs: 200,
    logger,
  });
  pools.push(relayPool);
  relays.push(relay);
  return { relay, lines };
}

async function appendSome(): Promise<void> {
  const stream = streamId('product');
  await appended(store.appendToStream(stream, 'no_stream', newEvents(3)));
  await appended(store.appendToStream(streamId('order'), 'no_stream', newEvents(2)));
}

const loggedMessages = (lines: readonly LogLine[]) => lines.map((line) => line.msg);

/** Waits until JetStream holds the whole log, then checks each event is there exactly once, in order. */
async function expectWholeLogPublishedOnce(): Promise<void> {
  const { rows } = await pool.query<{ event_id: string }>(
    'SELECT event_id FROM events ORDER BY transaction_id, global_position',
  );
  const ids = rows.map((row) => row.event_id);
  await vi.waitFor(async () => {
    const published = (await events.messages()).map((message) => message.header.get('Nats-Msg-Id'));
    expect(published).toEqual(ids);
  }, eventually);
}

/** Starts two relays of one name and returns them once one is active and the other stands by. */
async function activeAndStandby() {
  const first = newRelay();
  const second = newRelay();
  await Promise.all([first.relay.start(), second.relay.start()]);
  let pair: [typeof first, typeof second] = [first, second];
  await vi.waitFor(() => {
    const statuses = [first, second].map(({ relay }) => relay.health().status).sort();
    expect(statuses).toEqual(['active', 'standby']);
    pair = first.relay.health().status === 'active' ? [first, second] : [second, first];
    const [active, standby] = pair;
    expect(loggedMessages(active.lines)).toContainEqual(expect.stringMatching(/^relay active/));
    expect(loggedMessages(standby.lines)).toContainEqual(
      expect.stringMatching(/^relay standing by/),
    );
  }, eventually);
  const [active, standby] = pair;
  return { active, standby };
}

describe('OutboxRelay with a hot standby', () => {
  it('publishes from one relay only, and the standby takes over when the active one stops', async () => {
    const { active, standby } = await activeAndStandby();
    await appendSome();
    await expectWholeLogPublishedOnce();
    expect(standby.relay.health().eventsPublished).toBe(0);
    expect(active.relay.health().eventsPublished).toBeGreaterThan(0);

    await active.relay.stop();
    expect(active.relay.health().status).toBe('stopped');
    await vi.waitFor(() => expect(standby.relay.health().status).toBe('active'), eventually);
    await appendSome();

    await expectWholeLogPublishedOnce();
    expect(standby.relay.health().eventsPublished).toBeGreaterThan(0);
  });

  it('takes over when the active relay loses its connection, which then stands by', async () => {
    const { active, standby } = await activeAndStandby();
    await appendSome();
    await expectWholeLogPublishedOnce();
    const { rows } = await pool.query<{ pid: number }>(
      `SELECT pid FROM pg_locks
       WHERE locktype = 'advisory' AND granted
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(rows).toHaveLength(1);

    await pool.query('SELECT pg_terminate_backend($1)', [rows[0]?.pid]);

    await vi.waitFor(() => {
      expect(standby.relay.health().status).toBe('active');
      expect(active.relay.health().status).toBe('standby');
    }, eventually);
    await appendSome();
    await expectWholeLogPublishedOnce();
    expect(standby.relay.health().eventsPublished).toBeGreaterThan(0);
  });
});
