import type pg from 'pg';
import { z } from 'zod';

/*
 * The card an order is paid with, written by the checkout before it places the order and read by
 * the saga when it asks for the payment. Only what the provider gave for the card (a token) and
 * its last four digits are kept: a card number never reaches the event log or this table.
 */

export type Queryable = Pick<pg.Pool, 'query'>;

export const paymentMethodSchema = z.object({
  orderId: z.uuid(),
  provider: z.string().min(1),
  token: z.string().min(1).max(200),
  last4: z.string().regex(/^\d{4}$/),
});
export type PaymentMethod = z.infer<typeof paymentMethodSchema>;

// A checkout retried with another card replaces it: the order is paid with the last one given.
const saveSql = `INSERT INTO checkout_payment_methods (order_id, provider, token, last4)
  VALUES ($1, $2, $3, $4)
  ON CONFLICT (order_id) DO UPDATE
    SET provider = EXCLUDED.provider, token = EXCLUDED.token, last4 = EXCLUDED.last4,
        updated_at = CURRENT_TIMESTAMP`;

export async function savePaymentMethod(db: Queryable, method: PaymentMethod): Promise<void> {
  const { orderId, provider, token, last4 } = paymentMethodSchema.parse(method);
  await db.query(saveSql, [orderId, provider, token, last4]);
}

export async function findPaymentMethod(
  db: Queryable,
  orderId: string,
): Promise<PaymentMethod | null> {
  const { rows } = await db.query<{ provider: string; token: string; last4: string }>(
    'SELECT provider, token, last4 FROM checkout_payment_methods WHERE order_id = $1',
    [orderId],
  );
  const row = rows[0];
  return row ? { orderId, ...row } : null;
}
