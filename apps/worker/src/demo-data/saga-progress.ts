import { setTimeout as sleep } from 'node:timers/promises';
import {
  fold,
  orderAggregate,
  orderStreamId,
  type CommandHandlerDeps,
  type OrderState,
} from '@shop/domain';
import type pg from 'pg';

/** The order as its stream has it now: what the seed checks before the admin's next step. */
export async function orderStateOf(deps: CommandHandlerDeps, orderId: string): Promise<OrderState> {
  const events = await deps.eventStore.readStream(orderStreamId(orderId));
  return fold(
    orderAggregate.decider,
    events.map((event) => orderAggregate.codec.parse(event)),
  );
}

const pollMs = 100;

// The saga's statuses once stock and payment are settled: confirmed and waiting for the admin, or
// cancelled (declined, out of stock). Those after them mean an earlier run took the order on.
const pastPayment = new Set([
  'AwaitingShipment',
  'Fulfilling',
  'Completed',
  'Compensating',
  'Cancelled',
]);

/** True once the order's saga has confirmed or cancelled it; one row read by key. */
export async function sagaPastPayment(db: pg.Pool, orderId: string): Promise<true | undefined> {
  const { rows } = await db.query<{ status: string }>(
    'SELECT status FROM order_sagas WHERE order_id = $1',
    [orderId],
  );
  const status = rows[0]?.status;
  return status !== undefined && pastPayment.has(status) ? true : undefined;
}

/** Polls `probe` until it gives a value; past the deadline it fails, naming what it waited for. */
export async function waitUntil<Value>(
  deadline: number,
  what: string,
  probe: () => Promise<Value | undefined>,
): Promise<Value> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Demo data: gave up waiting for ${what}`);
    await sleep(pollMs);
  }
}

// Where a saga rests once it has nothing left to do for a while: waiting for the admin to ship,
// done, or compensated. It must also have read the whole log: an event it has not read yet (a
// refund just recorded) may still give it work.
const restingSql = `SELECT
    EXISTS (SELECT 1 FROM events e, saga_checkpoints c
      WHERE c.saga_name = $2
        AND (e.transaction_id, e.global_position) > (c.transaction_id::text::xid8, c.global_position)
    ) AS unread,
    (SELECT count(*)::int FROM order_sagas
      WHERE order_id = ANY($1::uuid[])
        AND status NOT IN ('AwaitingShipment', 'Completed', 'Cancelled')) AS busy_sagas,
    (SELECT count(*)::int FROM saga_actions
      WHERE order_id = ANY($1::uuid[]) AND status = 'pending' AND kind <> 'schedule') AS pending_actions,
    (SELECT count(*)::int FROM order_sagas WHERE order_id = ANY($1::uuid[])) AS sagas`;

/**
 * True once every order's saga is at rest and has no command or payment call left to run (a
 * pending timeout is a clock, not work). Undefined while any is still busy.
 */
export async function sagasSettled(db: pg.Pool, sagaName: string, orderIds: readonly string[]) {
  const { rows } = await db.query<{
    unread: boolean;
    busy_sagas: number;
    pending_actions: number;
    sagas: number;
  }>(restingSql, [orderIds, sagaName]);
  const row = rows[0];
  const settled =
    row !== undefined &&
    !row.unread &&
    row.sagas === orderIds.length &&
    row.busy_sagas === 0 &&
    row.pending_actions === 0;
  return settled || undefined;
}
