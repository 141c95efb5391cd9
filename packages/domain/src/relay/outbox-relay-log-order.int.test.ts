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
import { fromWire } from '../shared/envelope';
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

describe('OutboxRelay log order', () => {
  it('publishes a transaction in order when its positions cross a power of ten', async () => {
    // As text, position 100 sorts before 96: the log must be read in numeric order.
    await pool.query(`SELECT setval('events_global_position_seq', 95)`);
    const stream = streamId();
    const { events: written } = await appended(
      new PostgresEventStore(pool, logger).appendToStream(stream, 'no_stream', newEvents(10)),
    );
    const relay = new OutboxRelay({
      pool,
      listenConnectionString: database.connectionString,
      jetstream: events.js,
      subjectPrefix: events.subjectPrefix,
      logger,
    });

    // Another transaction anywhere on the server may hide the append for a while.
    await vi.waitFor(async () => expect(await relay.drainOnce()).toBeGreaterThan(0), {
      timeout: 20_000,
      interval: 50,
    });

    const published = (await events.messages()).map((message) => fromWire(message.string()));
    expect(published.map((event) => event.eventId)).toEqual(written.map((event) => event.eventId));
    expect(published.map((event) => event.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
