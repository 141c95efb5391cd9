import { randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { handleCommand, productAggregate, productStreamId } from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectOutput,
  exitCode,
  spawnWorkerScript,
  waitFor,
} from './test-support/run-worker-script';

const suffix = randomUUID().slice(0, 8);
const streamName = `worker_test_${suffix}`;
const env = () => ({
  DATABASE_URL: database.connectionString,
  NATS_URL: 'nats://127.0.0.1:4222',
  EVENTS_STREAM: streamName,
  EVENTS_SUBJECT_PREFIX: `test.${suffix}`,
});

let database: TestDatabase;
let pool: pg.Pool;
let nc: NatsConnection;

beforeAll(async () => {
  database = await createTestDatabase('shop_worker');
  pool = new pg.Pool({ connectionString: database.connectionString, max: 2 });
  nc = await connect({ servers: 'nats://127.0.0.1:4222' });
});

afterAll(async () => {
  const jsm = await jetstreamManager(nc);
  await jsm.streams.delete(streamName).catch(() => undefined);
  await nc.close();
  await pool.end();
  await database.drop();
});

async function catalogNames(): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>('SELECT name FROM catalog_products');
  return rows.map((row) => row.name);
}

describe('worker', () => {
  it('carries an appended event through relay and projector, then stops cleanly on SIGTERM', async () => {
    const worker = spawnWorkerScript('src/main.ts', [], env());
    const output = collectOutput(worker);
    try {
      await waitFor(() => (output.text().includes('worker started') ? true : undefined), {
        what: 'the worker to start',
      });
      const productId = randomUUID();
      const added = await handleCommand(
        {
          eventStore: new PostgresEventStore(pool, pino({ level: 'silent' })),
          logger: pino({ level: 'silent' }),
        },
        productAggregate,
        productStreamId(productId),
        {
          type: 'AddProduct',
          data: {
            productId,
            name: 'Worker lamp',
            description: '',
            price: { amountMinor: 100, currency: 'EUR' },
          },
        },
        { commandId: randomUUID(), correlationId: randomUUID(), actor: 'test' },
      );
      expect(added.ok).toBe(true);
      await waitFor(
        async () => ((await catalogNames()).includes('Worker lamp') ? true : undefined),
        {
          what: 'the product to be projected',
        },
      );
    } finally {
      worker.kill('SIGTERM');
    }
    expect(await exitCode(worker)).toBe(0);
    expect(output.text()).toContain('worker stopped');
  });

  it('refuses an unknown role with a clear message', async () => {
    const worker = spawnWorkerScript('src/main.ts', ['--only', 'everything'], env());
    const output = collectOutput(worker);
    expect(await exitCode(worker)).not.toBe(0);
    expect(output.text()).toContain('--only takes relay | projectors');
  });
});
