import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleCommand, type CommandContext } from '../application/handle-command';
import {
  addToCart,
  cartAggregate,
  cartStreamId,
  checkOutInputSchema,
  type CheckOutInput,
} from '../cart/index';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import { testLogger, testPool } from '../event-store/test-support/fixtures';
import { orderStreamId } from '../order/index';
import { checkOut } from './check-out';
import { RacingEventStore } from './test-support/racing-event-store';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
const logger = testLogger();
const now = () => new Date('2026-11-20T10:00:00.000Z');

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  store = new PostgresEventStore(pool, logger);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'customer:test',
});

const lamp = { productId: randomUUID(), productName: 'Lamp', price: 1_250 };
const rug = { productId: randomUUID(), productName: 'Rug', price: 8_000 };

async function filledCart(): Promise<string> {
  const cartId = randomUUID();
  for (const [{ price, ...product }, quantity] of [
    [lamp, 2],
    [rug, 1],
  ] as const) {
    const added = await addToCart(
      { eventStore: store, logger },
      { cartId, ...product, unitPrice: { amountMinor: price, currency: 'EUR' }, quantity },
      context(),
    );
    expect(added.ok).toBe(true);
  }
  return cartId;
}

const checkOutInput = (cartId: string, orderId = randomUUID()): CheckOutInput => ({
  cartId,
  orderId,
  shippingAddress: {
    recipient: 'Ada Lovelace',
    line1: '12 St James Square',
    postalCode: 'SW1Y 4JH',
    city: 'London',
    country: 'GB',
  },
});

const types = async (streamId: string) =>
  (await store.readStream(streamId)).map((event) => event.type);

/** Every order placed anywhere in this test's database from `cartId`. */
async function ordersPlacedFrom(cartId: string): Promise<string[]> {
  const { rows } = await pool.query<{ stream_id: string }>(
    `SELECT stream_id FROM events WHERE type = 'OrderPlaced' AND data->>'cartId' = $1`,
    [cartId],
  );
  return rows.map((row) => row.stream_id);
}

describe('checkOut on the Postgres event store', () => {
  it('checks the cart out and places its order, returning the order event’s position', async () => {
    const cartId = await filledCart();
    const input = checkOutInput(cartId);
    const ctx = context();

    const result = await checkOut({ eventStore: store, logger, now }, input, ctx);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.orderId).toBe(input.orderId);
    const [cartCheckedOut] = (await store.readStream(cartStreamId(cartId))).slice(-1);
    const order = await store.readStream(orderStreamId(input.orderId));
    expect(order.map((event) => event.type)).toEqual(['OrderPlaced']);
    const [placed] = order;
    expect(placed?.data).toMatchObject({
      cartId,
      customerId: null,
      total: { amountMinor: 10_500, currency: 'EUR' },
      placedAt: now().toISOString(),
      lines: [
        { productId: lamp.productId, name: 'Lamp', quantity: 2 },
        { productId: rug.productId, name: 'Rug', quantity: 1 },
      ],
    });
    expect(result.value.position).toEqual({
      transactionId: placed?.transactionId,
      globalPosition: placed?.globalPosition,
    });
    expect(cartCheckedOut?.type).toBe('CartCheckedOut');
    expect(placed?.metadata).toMatchObject({
      correlationId: ctx.correlationId,
      causationId: cartCheckedOut?.eventId,
    });
  });

  it('places the recorded order when a crash left the cart checked out without one', async () => {
    const cartId = await filledCart();
    const input = checkOutInput(cartId);
    // The first attempt died after the cart's append: only CartCheckedOut is in the log.
    const crashed = await handleCommand(
      { eventStore: store, logger },
      cartAggregate,
      cartStreamId(cartId),
      {
        type: 'CheckOut',
        data: { ...checkOutInputSchema.parse(input), checkedOutAt: now().toISOString() },
      },
      context(),
    );
    expect(crashed.ok).toBe(true);
    expect(await types(orderStreamId(input.orderId))).toEqual([]);

    const retried = await checkOut({ eventStore: store, logger, now }, input, context());
    const again = await checkOut({ eventStore: store, logger, now }, input, context());

    expect(retried).toEqual({
      ok: true,
      value: { orderId: input.orderId, position: expect.any(Object) },
    });
    expect(again).toEqual(retried);
    expect(await types(orderStreamId(input.orderId))).toEqual(['OrderPlaced']);
    expect(await types(cartStreamId(cartId))).toEqual([
      'CartItemAdded',
      'CartItemAdded',
      'CartCheckedOut',
    ]);
  });

  it('answers a retry that chose a new order id with the order the cart recorded', async () => {
    const cartId = await filledCart();
    const first = checkOutInput(cartId);
    const deps = { eventStore: store, logger, now };
    await checkOut(deps, first, context());

    const retry = await checkOut(deps, checkOutInput(cartId), context());

    expect(retry).toEqual({
      ok: true,
      value: { orderId: first.orderId, position: expect.any(Object) },
    });
    expect(await ordersPlacedFrom(cartId)).toEqual([orderStreamId(first.orderId)]);
  });

  it('places one order when the same cart is checked out concurrently', async () => {
    const cartId = await filledCart();
    const attempts = 4;
    const racing = new RacingEventStore(store, attempts);
    const inputs = Array.from({ length: attempts }, () => checkOutInput(cartId));

    const results = await Promise.all(
      inputs.map((input) => checkOut({ eventStore: racing, logger, now }, input, context())),
    );

    const orderIds = new Set(results.map((result) => (result.ok ? result.value.orderId : null)));
    expect(orderIds.size).toBe(1);
    const [orderId] = [...orderIds];
    expect(inputs.map((input) => input.orderId)).toContain(orderId);
    expect(await ordersPlacedFrom(cartId)).toEqual([orderStreamId(orderId ?? '')]);
    expect(await types(cartStreamId(cartId))).toHaveLength(3);
    // Every attempt decided on the same empty state of both streams: the store, not luck, decided.
    expect(racing.conflicts).toEqual({
      [cartStreamId(cartId)]: attempts - 1,
      [orderStreamId(orderId ?? '')]: attempts - 1,
    });
  });

  it('refuses an empty cart and stores nothing', async () => {
    const input = checkOutInput(randomUUID());
    const result = await checkOut({ eventStore: store, logger, now }, input, context());
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'CartEmpty' }) });
    expect(await types(cartStreamId(input.cartId))).toEqual([]);
    expect(await types(orderStreamId(input.orderId))).toEqual([]);
  });

  it('refuses malformed input with messages per field', async () => {
    const result = await checkOut(
      { eventStore: store, logger, now },
      { cartId: 'nope', orderId: randomUUID(), shippingAddress: {} },
      context(),
    );
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'ValidationFailed',
        fieldErrors: expect.objectContaining({
          cartId: ['Cart id must be a UUID'],
          'shippingAddress.city': ['City must be text'],
        }),
      }),
    });
  });
});
