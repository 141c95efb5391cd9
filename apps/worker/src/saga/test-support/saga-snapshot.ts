import type pg from 'pg';
import { waitFor } from '../../test-support/run-worker-script';
import { resetCheckpoint } from '../saga-checkpoint';
import { orderSagaName } from '../start-saga';

/** Everything the saga and its effects wrote: equal before and after a replay if it is idempotent. */
export async function sagaSnapshot(pool: pg.Pool) {
  const query = async (sql: string) => (await pool.query(sql)).rows;
  return {
    sagas: await query(
      'SELECT order_id, status, state, version FROM order_sagas ORDER BY order_id',
    ),
    actions: await query('SELECT action_id, status, attempts FROM saga_actions ORDER BY action_id'),
    events: await query('SELECT count(*)::int AS count FROM events'),
    payments: await query(
      'SELECT idempotency_key, outcome FROM demo_payments ORDER BY idempotency_key',
    ),
  };
}

async function caughtUp(pool: pg.Pool): Promise<true | undefined> {
  const { rows } = await pool.query<{ caught_up: boolean }>(
    `SELECT coalesce((SELECT (c.transaction_id, c.global_position) >= (e.transaction_id::text::bigint, e.global_position)
       FROM saga_checkpoints c, (SELECT transaction_id, global_position FROM events
         ORDER BY transaction_id DESC, global_position DESC LIMIT 1) e
       WHERE c.saga_name = $1), false) AS caught_up`,
    [orderSagaName],
  );
  return rows[0]?.caught_up ? true : undefined;
}

/** Feeds the running saga the whole log again, and waits until it has read it all. */
export async function replayWholeLog(pool: pg.Pool): Promise<void> {
  await waitFor(() => caughtUp(pool), { what: 'the saga to catch up before the replay' });
  await resetCheckpoint(pool, orderSagaName);
  await waitFor(() => caughtUp(pool), { what: 'the saga to replay the whole log' });
}
