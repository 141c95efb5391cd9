import type { Queryable } from '../payment-methods';

/** What the demo provider did for an order, for checks such as "authorized at most once". */
export interface DemoPaymentCounts {
  readonly authorizations: number;
  readonly captures: number;
  readonly voids: number;
  readonly refunds: number;
  /** Calls made under the authorization keys, retries included. */
  readonly authorizeAttempts: number;
}

const countsSql = `SELECT
    count(*) FILTER (WHERE operation = 'authorize' AND outcome = 'authorized')::int AS authorizations,
    count(*) FILTER (WHERE operation = 'capture' AND outcome = 'captured')::int AS captures,
    count(*) FILTER (WHERE operation = 'void' AND outcome = 'voided')::int AS voids,
    count(*) FILTER (WHERE operation = 'refund' AND outcome = 'refunded')::int AS refunds,
    coalesce(sum(attempts) FILTER (WHERE operation = 'authorize'), 0)::int AS "authorizeAttempts"
  FROM demo_payments WHERE order_id = $1`;

export async function demoPaymentCounts(
  db: Queryable,
  orderId: string,
): Promise<DemoPaymentCounts> {
  const { rows } = await db.query<DemoPaymentCounts>(countsSql, [orderId]);
  const [counts] = rows;
  if (!counts) throw new Error('count query returned no row');
  return counts;
}
