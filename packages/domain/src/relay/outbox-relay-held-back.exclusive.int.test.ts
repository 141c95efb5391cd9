import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import {
  appended,
  newEvents,
  streamId,
  testLogger,
  testPool,
} from '../event-store/test-support/fixtures';
import { OutboxRelay } from './outbox-relay';
import { capturedLogger } from './test-support/captured-logger';
import { createTestEventStream, type TestEventStream } from './test-support/test-event-stream';

let database: TestDatabase;
let pool: pg.Pool;
let events: TestEventStream;

// Another transaction anywhere on the server can hold the relay back too: wait, never assume.
const eventually = { timeout: 20_000, interval: 50 };

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  events = await createTestEventStream();
});

afterAll(async () => {
  await events?.close();
  await pool?.end();
  await database?.drop();
});

const publishedIds = async (): Promise<string[]> =>
  (await events.messages()).map((message) => message.header.get('Nats-Msg-Id'));

describe('OutboxRelay held back by an open transaction', () => {
  it('names the backend holding xmin in health() and a warning, and publishes once it ends', async () => {
    const store = new PostgresEventStore(pool, testLogger());
    const { logger, lines } = capturedLogger();
    const relay = new OutboxRelay({
      pool,
      listenConnectionString: database.connectionString,
      jetstream: events.js,
      subjectPrefix: events.subjectPrefix,
      relayName: `relay-${randomUUID()}`,
      logger,
    });
    const applicationName = `held-back-test-${randomUUID().slice(0, 8)}`;
    const holder = new pg.Client({
      connectionString: database.connectionString,
      application_name: applicationName,
    });
    await holder.connect();
    try {
      await relay.start();
      await vi.waitFor(() => expect(relay.health().status).toBe('active'), eventually);
      const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await holder.query('BEGIN');
      // Taking a transaction id is what holds pg_snapshot_xmin back; a bare BEGIN does not.
      await holder.query('SELECT pg_current_xact_id()');
      const { events: written } = await appended(
        store.appendToStream(streamId(), 'no_stream', newEvents(1)),
      );
      const [event] = written;

      await vi.waitFor(() => {
        const health = relay.health();
        expect(health.heldBackEvents).toBe(true);
        expect(health.heldBackBy).toMatchObject({
          pid: rows[0]?.pid,
          database: database.name,
          applicationName,
          state: 'idle in transaction',
          query: 'SELECT pg_current_xact_id()',
        });
      }, eventually);
      await vi.waitFor(() => {
        const warning = lines.find((line) =>
          line.msg.startsWith('events held back by transaction'),
        );
        expect(warning?.msg).toContain(`backend ${rows[0]?.pid}`);
      }, eventually);
      expect(relay.health().heldBackBy?.transactionAgeMs).toBeGreaterThan(0);
      expect(await publishedIds()).not.toContain(event?.eventId);

      await holder.query('ROLLBACK');

      await vi.waitFor(
        async () => expect(await publishedIds()).toContain(event?.eventId),
        eventually,
      );
      await vi.waitFor(() => {
        expect(relay.health()).toMatchObject({
          heldBackEvents: false,
          heldBackBy: null,
          eventsPublished: 1,
        });
      }, eventually);
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
      await relay.stop();
    }
  });
});
