import { createHash } from 'node:crypto';
import type pg from 'pg';

/*
 * The demo provider's books, in Postgres so that they outlive the worker: one row per call, keyed
 * by its idempotency key, so a repeated key finds the first call's outcome. `authorization_key`
 * ties every capture, void and refund to the authorization it is about.
 */

export type Operation = 'authorize' | 'capture' | 'void' | 'refund';
export type Outcome =
  'pending' | 'authorized' | 'declined' | 'captured' | 'voided' | 'refunded' | 'rejected';

export interface LedgerRow {
  readonly idempotency_key: string;
  readonly operation: Operation;
  readonly order_id: string;
  readonly authorization_key: string;
  readonly payment_id: string | null;
  readonly amount_minor: number | null;
  readonly outcome: Outcome;
  readonly reason: string | null;
  readonly attempts: number;
}

export interface NewRow {
  readonly key: string;
  readonly operation: Operation;
  readonly orderId: string;
  readonly authorizationKey: string;
  readonly paymentId?: string | null;
  readonly amount?: { amountMinor: number; currency: string } | null;
  readonly outcome: Outcome;
  readonly reason?: string | null;
}

/** The provider's id for an authorization: stable for its key, so a replay names the same one. */
export const paymentIdFor = (key: string): string =>
  `demo_pay_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;

/** Serialises every call about one authorization (authorize, void) within the transaction. */
export async function lockAuthorization(client: pg.PoolClient, key: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`demo_payments:${key}`]);
}

export async function findRow(client: pg.PoolClient, key: string): Promise<LedgerRow | null> {
  const { rows } = await client.query<LedgerRow>(
    'SELECT * FROM demo_payments WHERE idempotency_key = $1 FOR UPDATE',
    [key],
  );
  return rows[0] ?? null;
}

export async function findAuthorization(
  client: pg.PoolClient,
  where: { paymentId: string } | { key: string },
): Promise<LedgerRow | null> {
  const [column, value] =
    'paymentId' in where ? ['payment_id', where.paymentId] : ['idempotency_key', where.key];
  const { rows } = await client.query<LedgerRow>(
    `SELECT * FROM demo_payments WHERE operation = 'authorize' AND ${column} = $1 FOR UPDATE`,
    [value],
  );
  return rows[0] ?? null;
}

/** The calls of one kind about an authorization that took effect (neither refused nor unanswered). */
export async function settledAbout(
  client: pg.PoolClient,
  authorizationKey: string,
  operation: Operation,
): Promise<readonly LedgerRow[]> {
  const { rows } = await client.query<LedgerRow>(
    `SELECT * FROM demo_payments
     WHERE authorization_key = $1 AND operation = $2 AND outcome <> 'rejected' AND outcome <> 'pending'`,
    [authorizationKey, operation],
  );
  return rows;
}

export async function insertRow(client: pg.PoolClient, row: NewRow): Promise<void> {
  await client.query(
    `INSERT INTO demo_payments
       (idempotency_key, operation, order_id, authorization_key, payment_id, amount_minor,
        currency, outcome, reason, attempts)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)`,
    [
      row.key,
      row.operation,
      row.orderId,
      row.authorizationKey,
      row.paymentId ?? null,
      row.amount?.amountMinor ?? null,
      row.amount?.currency ?? null,
      row.outcome,
      row.reason ?? null,
    ],
  );
}

export async function updateRow(
  client: pg.PoolClient,
  key: string,
  change: {
    outcome: Outcome;
    paymentId?: string | null;
    reason?: string | null;
    attempt?: boolean;
  },
): Promise<void> {
  await client.query(
    `UPDATE demo_payments
     SET outcome = $2, payment_id = coalesce($3, payment_id), reason = $4,
         attempts = attempts + $5, updated_at = CURRENT_TIMESTAMP
     WHERE idempotency_key = $1`,
    [key, change.outcome, change.paymentId ?? null, change.reason ?? null, change.attempt ? 1 : 0],
  );
}
