import { randomUUID } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { handleCommand, productAggregate, productStreamId } from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import { ensureEventStream, type RelayHealth } from '@shop/domain/relay';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readEnv } from './env';
import { startRelay } from './relay';

const suffix = randomUUID().slice(0, 8);
const streamName = `worker_relay_test_${suffix}`;
const subjectPrefix = `test.${suffix}`;
const eventually = { timeout: 20_000, interval: 100 };

let database: TestDatabase;
let pool: pg.Pool;
let nc: NatsConnection;

beforeAll(async () => {
  database = await createTestDatabase('shop_worker');
  pool = new pg.Pool({ connectionString: database.connectionString, max: 2 });
  nc = await connect({ servers: 'nats://127.0.0.1:4222' });
  await ensureEventStream(await jetstreamManager(nc), { streamName, subjectPrefix });
});

afterAll(async () => {
  await (await jetstreamManager(nc)).streams.delete(streamName).catch(() => undefined);
  await nc.close();
  await pool.end();
  await database.drop();
});

describe('the worker’s relay', () => {
  it('exposes the relay’s health and logs its status as a field when it changes', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    const env = readEnv({
      DATABASE_URL: database.connectionString,
      EVENTS_STREAM: streamName,
      EVENTS_SUBJECT_PREFIX: subjectPrefix,
    });
    const relay = await startRelay(env, jetstream(nc), logger);
    const health = () => relay.health?.() as RelayHealth;
    try {
      await vi.waitFor(() => expect(health().status).toBe('active'), eventually);
      const productId = randomUUID();
      const added = await handleCommand(
        { eventStore: new PostgresEventStore(pool, pino({ level: 'silent' })), logger },
        productAggregate,
        productStreamId(productId),
        {
          type: 'AddProduct',
          data: {
            productId,
            name: 'Relay lamp',
            description: '',
            price: { amountMinor: 100, currency: 'EUR' },
          },
        },
        { commandId: randomUUID(), correlationId: randomUUID(), actor: 'test' },
      );
      expect(added.ok).toBe(true);
      await vi.waitFor(() => expect(health().eventsPublished).toBe(1), eventually);
      await vi.waitFor(
        () =>
          expect(lines).toContainEqual(
            expect.objectContaining({ component: 'relay', status: 'active', previousStatus: null }),
          ),
        eventually,
      );
    } finally {
      await relay.stop();
    }
    expect(health().status).toBe('stopped');
    expect(lines.at(-1)).toMatchObject({ status: 'stopped', previousStatus: 'active' });
  });
});
