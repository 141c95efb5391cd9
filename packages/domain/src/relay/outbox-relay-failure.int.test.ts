import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
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
import { createTestEventStream, type TestEventStream } from './test-support/test-event-stream';

let database: TestDatabase;
let pool: pg.Pool;
let events: TestEventStream;
const logger = testLogger();

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

describe('OutboxRelay when a publish fails', () => {
  it('keeps the checkpoint before the failed event and publishes nothing after it', async () => {
    const store = new PostgresEventStore(pool, logger);
    const before = await appended(store.appendToStream(streamId(), 'no_stream', newEvents(2)));
    // A '.' in a stream id cannot go into a subject: this event can never be published.
    await appended(store.appendToStream('thing-a.b', 'no_stream', newEvents(1)));
    // Sent while the poison event fails: JetStream must refuse it rather than store it out of order.
    await appended(store.appendToStream(streamId(), 'no_stream', newEvents(1)));
    const relay = new OutboxRelay({
      pool,
      listenConnectionString: database.connectionString,
      jetstream: events.js,
      subjectPrefix: events.subjectPrefix,
      logger,
    });

    await vi.waitFor(() => expect(relay.drainOnce()).rejects.toThrow(/NATS subject/), {
      timeout: 20_000,
      interval: 50,
    });

    const published = await events.messages();
    expect(published.map((message) => message.header.get('Nats-Msg-Id'))).toEqual(
      before.events.map((event) => event.eventId),
    );
    const { rows } = await pool.query<{ position: string }>(
      `SELECT transaction_id || ':' || global_position AS position FROM relay_checkpoints`,
    );
    expect(rows).toEqual([
      { position: `${before.lastPosition.transactionId}:${before.lastPosition.globalPosition}` },
    ]);
  });
});
