import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCardNumberSchema } from './demo/test-cards';
import { findPaymentMethod, savePaymentMethod } from './payment-methods';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase('shop_payment_methods');
  pool = new pg.Pool({ connectionString: database.connectionString, max: 2 });
  pool.on('error', () => undefined);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

describe('checkout payment methods', () => {
  it('keeps the token and last four digits of the card an order is paid with, never the number', async () => {
    const orderId = randomUUID();
    await savePaymentMethod(pool, {
      orderId,
      ...demoCardNumberSchema.parse('4242 4242 4242 4242'),
    });
    expect(await findPaymentMethod(pool, orderId)).toEqual({
      orderId,
      provider: 'demo',
      token: 'demo_card_approves',
      last4: '4242',
    });
    const { rows } = await pool.query('SELECT * FROM checkout_payment_methods');
    expect(JSON.stringify(rows)).not.toContain('4242424242424242');
  });

  it('takes the last card given for an order, and knows no card for another', async () => {
    const orderId = randomUUID();
    await savePaymentMethod(pool, { orderId, ...demoCardNumberSchema.parse('4000000000000002') });
    await savePaymentMethod(pool, { orderId, ...demoCardNumberSchema.parse('4000000000009995') });
    expect((await findPaymentMethod(pool, orderId))?.token).toBe('demo_card_fails-twice');
    expect(await findPaymentMethod(pool, randomUUID())).toBeNull();
  });
});
