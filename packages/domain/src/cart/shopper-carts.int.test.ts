import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandContext } from '../application/test-support/context';
import { checkOut } from '../checkout/check-out';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import { testLogger, testPool } from '../event-store/test-support/fixtures';
import { addToCart } from './cart.services';
import { findShopperCart, shopperCartId } from './shopper-carts';

let database: TestDatabase;
let pool: pg.Pool;
let deps: { eventStore: PostgresEventStore; logger: ReturnType<typeof testLogger> };

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  const logger = testLogger();
  deps = { eventStore: new PostgresEventStore(pool, logger), logger };
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const shippingAddress = {
  recipient: 'Ada Lovelace',
  line1: '12 St James Square',
  postalCode: 'SW1Y 4JH',
  city: 'London',
  country: 'GB',
};

async function buyOneLamp(cartId: string, customerId: string): Promise<void> {
  const added = await addToCart(
    deps,
    {
      cartId,
      productId: randomUUID(),
      productName: 'Lamp',
      unitPrice: { amountMinor: 1_250, currency: 'EUR' },
      quantity: 1,
    },
    commandContext(),
  );
  expect(added.ok).toBe(true);
  const placed = await checkOut(
    deps,
    { cartId, orderId: randomUUID(), customerId, shippingAddress },
    commandContext(),
  );
  expect(placed.ok).toBe(true);
}

describe('findShopperCart', () => {
  it("is the shopper's first cart until it is checked out, then the next one", async () => {
    const customerId = randomUUID();
    expect(await findShopperCart(deps, customerId)).toEqual({
      cartId: shopperCartId(customerId, 0),
      sequence: 0,
    });

    for (const sequence of [0, 1, 2]) {
      await buyOneLamp(shopperCartId(customerId, sequence), customerId);
    }

    expect(await findShopperCart(deps, customerId)).toEqual({
      cartId: shopperCartId(customerId, 3),
      sequence: 3,
    });
    // Another shopper's checkouts move nobody else on.
    expect((await findShopperCart(deps, randomUUID())).sequence).toBe(0);
  });

  it('keeps a cart with lines that is not checked out as the open one', async () => {
    const customerId = randomUUID();
    await buyOneLamp(shopperCartId(customerId, 0), customerId);
    const added = await addToCart(
      deps,
      {
        cartId: shopperCartId(customerId, 1),
        productId: randomUUID(),
        productName: 'Rug',
        unitPrice: { amountMinor: 8_000, currency: 'EUR' },
        quantity: 2,
      },
      commandContext(),
    );
    expect(added.ok).toBe(true);
    expect((await findShopperCart(deps, customerId)).sequence).toBe(1);
  });
});
