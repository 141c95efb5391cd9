import {
  fold,
  productAggregate,
  productEventCodec,
  productStreamId,
  type ProductState,
} from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCode, spawnWorkerScript } from '../test-support/run-worker-script';
import { demoCustomers } from './customers';
import { demoProducts } from './products';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
let firstRun: { exitCode: number | null; events: number };

beforeAll(async () => {
  database = await createTestDatabase('shop_seed');
  pool = new pg.Pool({ connectionString: database.connectionString, max: 2 });
  store = new PostgresEventStore(pool, pino({ level: 'silent' }));
  firstRun = { exitCode: await seed(), events: await countEvents() };
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

async function seed(): Promise<number | null> {
  return exitCode(
    spawnWorkerScript('src/demo-data/seed-demo.ts', [], {
      DATABASE_URL: database.connectionString,
    }),
  );
}

async function countEvents(where = 'true'): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(
    `SELECT count(*) FROM events WHERE ${where}`,
  );
  return Number(rows[0]?.count);
}

const earlyShop = demoProducts.flatMap(({ origin }) =>
  origin.era === 'early-shop' ? [origin] : [],
);

async function stateOf(productId: string): Promise<ProductState> {
  const history = await store.readStream(productStreamId(productId));
  return fold(
    productAggregate.decider,
    history.map((event) => productEventCodec.parse(event)),
  );
}

describe('demo data', () => {
  it('adds the demo catalog and its history once, however often it runs', async () => {
    expect(firstRun.exitCode).toBe(0);
    expect(await seed()).toBe(0);

    expect(await countEvents()).toBe(firstRun.events);
    expect(await countEvents("type = 'ProductAdded'")).toBe(demoProducts.length);
    const laterChanges = demoProducts.reduce((sum, product) => sum + product.later.length, 0);
    // Each shopper: an email reservation and a registration.
    const shopperEvents = demoCustomers.length * 2;
    expect(firstRun.events).toBe(demoProducts.length + laterChanges + shopperEvents);
    expect(await countEvents("type = 'CustomerRegistered'")).toBe(demoCustomers.length);
  });

  it('keeps the early products as the v1 rows they were written as', async () => {
    expect(earlyShop.length).toBeGreaterThan(0);
    const { rows } = await pool.query<{ stream_id: string; schema_version: number; data: unknown }>(
      "SELECT stream_id, schema_version, data FROM events WHERE type = 'ProductAdded' AND schema_version = 1",
    );
    expect(rows.map((row) => row.stream_id).sort()).toEqual(
      earlyShop.map((origin) => productStreamId(origin.data.productId)).sort(),
    );
    for (const row of rows) expect(row.data).toMatchObject({ price: expect.any(String) });
    expect(await countEvents("type = 'ProductAdded' AND schema_version = 3")).toBe(
      demoProducts.length - earlyShop.length,
    );
  });

  it('reads the v1 rows back upcast to the current shape', async () => {
    for (const origin of earlyShop) {
      const [added] = await store.readStream(productStreamId(origin.data.productId));
      if (!added) throw new Error(`${origin.data.name} was not seeded`);
      expect(added.schemaVersion).toBe(1);
      expect(productEventCodec.parse(added)).toEqual({
        type: 'ProductAdded',
        data: {
          ...origin.data,
          price: { amountMinor: expect.any(Number), currency: 'EUR' },
          category: 'uncategorised',
        },
      });
    }
    const lamp = await stateOf('5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a01');
    // "89.00" in v1, repriced later; tagged and categorised through today's commands.
    expect(lamp).toMatchObject({
      status: 'Listed',
      price: { amountMinor: 7_900, currency: 'EUR' },
      category: 'lighting',
      tags: ['walnut', 'led', 'gift'],
    });
    const campMug = await stateOf('5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a07');
    expect(campMug).toMatchObject({
      status: 'Discontinued',
      price: { amountMinor: 1_250, currency: 'EUR' },
    });
  });
});
