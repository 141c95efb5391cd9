import {
  fold,
  orderAggregate,
  orderStreamId,
  productAggregate,
  productEventCodec,
  productStreamId,
  type OrderState,
  type ProductState,
} from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectOutput, exitCode, spawnWorkerScript } from '../test-support/run-worker-script';
import { generatedProductId, productsPerCategory } from './catalog';
import { demoCustomers } from './customers';
import { demoOrders, type DemoOrderOutcome } from './orders';
import { demoProducts } from './products';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
let firstRun: { exitCode: number | null; events: number; seconds: number; output: string };

// Generous: the seed runs in a few seconds; this only catches work that stopped overlapping.
const firstRunBudgetSeconds = 120;

beforeAll(async () => {
  database = await createTestDatabase('shop_seed');
  pool = new pg.Pool({ connectionString: database.connectionString, max: 4 });
  store = new PostgresEventStore(pool, pino({ level: 'silent' }));
  const started = performance.now();
  const { code, output } = await seed();
  firstRun = {
    exitCode: code,
    events: await countEvents(),
    seconds: (performance.now() - started) / 1000,
    output,
  };
}, 180_000);
afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

async function seed(): Promise<{ code: number | null; output: string }> {
  const child = spawnWorkerScript('src/demo-data/seed-demo.ts', [], {
    DATABASE_URL: database.connectionString,
    LOG_LEVEL: 'warn',
  });
  const output = collectOutput(child);
  return { code: await exitCode(child), output: output.text() };
}

async function countEvents(where = 'true', ...params: unknown[]): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(
    `SELECT count(*) FROM events WHERE ${where}`,
    params,
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

async function orderOf(orderId: string): Promise<{ state: OrderState; types: string[] }> {
  const history = await store.readStream(orderStreamId(orderId));
  const events = history.map((event) => orderAggregate.codec.parse(event));
  return { state: fold(orderAggregate.decider, events), types: events.map((event) => event.type) };
}

describe('demo data', () => {
  it('seeds through commands in one quick run, and adds nothing when run again', async () => {
    expect(firstRun.exitCode, firstRun.output).toBe(0);
    expect(firstRun.seconds).toBeLessThan(firstRunBudgetSeconds);
    const second = await seed();
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('0 products added');
    expect(second.output).toContain('0 placed');
    expect(await countEvents()).toBe(firstRun.events);
  });

  it('has 200 products in 10 categories, with deterministic ids, names and prices', async () => {
    expect(demoProducts).toHaveLength(200);
    expect(await countEvents("type = 'ProductAdded'")).toBe(200);
    const states = await Promise.all(
      demoProducts.map(({ origin }) => stateOf(origin.data.productId)),
    );
    const perCategory = new Map<string, number>();
    for (const state of states) {
      if (state.status === 'Unlisted') throw new Error('A demo product was not added');
      perCategory.set(state.category, (perCategory.get(state.category) ?? 0) + 1);
    }
    expect(perCategory.size).toBe(10);
    expect([...perCategory.values()]).toEqual(Array(10).fill(productsPerCategory));
    expect(await stateOf(generatedProductId('Ash floor lamp'))).toMatchObject({
      status: 'Listed',
      name: 'Ash floor lamp',
      price: { amountMinor: 14_900, currency: 'EUR' },
      category: 'lighting',
      tags: ['ash', 'lamp'],
    });
  });

  it('receives the stock through the inventory, once per stocked product', async () => {
    const stocked = demoProducts.filter((product) => product.stock > 0);
    expect(await countEvents("type = 'StockReceived'")).toBe(stocked.length);
    const [lamp] = stocked;
    if (!lamp) throw new Error('No stocked demo product');
    const { rows } = await pool.query<{ quantity: number }>(
      `SELECT (data->>'quantity')::int AS quantity FROM events
       WHERE type = 'StockReceived' AND stream_id = $1`,
      [`inventory-${lamp.origin.data.productId}`],
    );
    expect(rows).toEqual([{ quantity: lamp.stock }]);
  });

  it('registers the shoppers', async () => {
    expect(await countEvents("type = 'CustomerRegistered'")).toBe(demoCustomers.length);
  });

  it('takes the orders, placed by checkout with a saved card, to every state', async () => {
    const orders = demoOrders(demoProducts, demoCustomers);
    expect(await countEvents("type = 'OrderPlaced'")).toBe(orders.length);
    const { rows: cards } = await pool.query<{ token: string }>(
      'SELECT token FROM checkout_payment_methods',
    );
    expect(cards).toHaveLength(orders.length);
    expect(cards.filter(({ token }) => token.endsWith('declines'))).toHaveLength(1);

    const expected: Record<DemoOrderOutcome, (order: Awaited<ReturnType<typeof orderOf>>) => void> =
      {
        confirmed: ({ state }) => expect(state.status).toBe('Confirmed'),
        shipped: ({ state, types }) => {
          expect(state.status).toBe('Shipped');
          // The saga took the money on shipment.
          expect(types).toContain('OrderPaymentCaptured');
        },
        delivered: ({ state }) => expect(state.status).toBe('Delivered'),
        cancelled: ({ state, types }) => {
          expect(state.status).toBe('Cancelled');
          // The saga released the authorization.
          expect(types).toContain('OrderPaymentVoided');
        },
        refunded: ({ state }) => expect(state.status).toBe('Refunded'),
        'partly-refunded': ({ state }) =>
          expect(state).toMatchObject({
            status: 'Delivered',
            payment: { refundedMinor: expect.any(Number) },
          }),
        declined: ({ state, types }) => {
          expect(state.status).toBe('Cancelled');
          expect(types).toContain('OrderPaymentDeclined');
        },
        'out-of-stock': ({ state, types }) => {
          expect(state.status).toBe('Cancelled');
          expect(types).toContain('OrderStockReservationFailed');
        },
      };
    for (const order of orders) expected[order.outcome](await orderOf(order.orderId));
    expect(new Set(orders.map((order) => order.outcome)).size).toBe(Object.keys(expected).length);

    const { rows: refunds } = await pool.query<{ count: number }>(
      "SELECT count(*)::int AS count FROM demo_payments WHERE operation = 'refund'",
    );
    const refundedOrders = orders.filter(({ outcome }) => outcome.endsWith('refunded')).length;
    // Every refund an admin recorded was paid back by the provider, once.
    expect(refunds[0]?.count).toBe(refundedOrders);
  });

  it('keeps the early products as the v1 rows they were written as, read back upcast', async () => {
    expect(earlyShop.length).toBeGreaterThan(0);
    const { rows } = await pool.query<{ stream_id: string; data: unknown }>(
      "SELECT stream_id, data FROM events WHERE type = 'ProductAdded' AND schema_version = 1",
    );
    expect(rows.map((row) => row.stream_id).sort()).toEqual(
      earlyShop.map((origin) => productStreamId(origin.data.productId)).sort(),
    );
    for (const row of rows) expect(row.data).toMatchObject({ price: expect.any(String) });
    for (const origin of earlyShop) {
      const [added] = await store.readStream(productStreamId(origin.data.productId));
      if (!added) throw new Error(`${origin.data.name} was not seeded`);
      expect(productEventCodec.parse(added)).toEqual({
        type: 'ProductAdded',
        data: {
          ...origin.data,
          price: { amountMinor: expect.any(Number), currency: 'EUR' },
          category: 'uncategorised',
        },
      });
    }
    // "89.00" in v1, repriced later; tagged and categorised through today's commands.
    expect(await stateOf('5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a01')).toMatchObject({
      status: 'Listed',
      price: { amountMinor: 7_900, currency: 'EUR' },
      category: 'lighting',
      tags: ['walnut', 'led', 'gift'],
    });
    expect(await stateOf('5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a07')).toMatchObject({
      status: 'Discontinued',
      price: { amountMinor: 1_250, currency: 'EUR' },
    });
  });
});
