import {
  assertNever,
  causationOf,
  initialSagaState,
  orderSagaStateSchema,
  react,
  type OrderSagaState,
  type QueuedAction,
  type SagaAction,
  type SagaInput,
  type SagaPolicy,
} from '@shop/domain';
import type pg from 'pg';

/*
 * A saga's state (order_sagas) and its outbox (saga_actions), always written together inside the
 * caller's transaction: the state never moves on without the actions it decided, nor the reverse.
 */

interface SagaRow {
  readonly state: unknown;
}

/** A short label of an action, for the admin's list of failed steps. */
export function stepOf(action: QueuedAction): string {
  switch (action.kind) {
    case 'command':
      return action.command.type;
    case 'payment':
      return `payment ${action.op}`;
    case 'schedule':
      return `${action.timeout} timeout`;
    default:
      return assertNever(action);
  }
}

const insertActionSql = `INSERT INTO saga_actions
    (action_id, order_id, kind, step, action, correlation_id, causation_id, due_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8::timestamptz, CURRENT_TIMESTAMP))
  ON CONFLICT (action_id) DO NOTHING`;

const withdrawSql = `UPDATE saga_actions SET status = 'withdrawn', updated_at = CURRENT_TIMESTAMP
  WHERE action_id = $1 AND status = 'pending'`;

const saveSql = `INSERT INTO order_sagas (order_id, status, state, correlation_id, version)
  VALUES ($1, $2, $3, $4, 1)
  ON CONFLICT (order_id) DO UPDATE
    SET status = EXCLUDED.status, state = EXCLUDED.state,
        version = order_sagas.version + 1, updated_at = CURRENT_TIMESTAMP`;

async function storeActions(
  client: pg.PoolClient,
  orderId: string,
  { correlationId, causationId }: { correlationId: string; causationId: string },
  actions: readonly SagaAction[],
): Promise<void> {
  for (const action of actions) {
    if (action.kind === 'withdraw') {
      await client.query(withdrawSql, [action.actionId]);
      continue;
    }
    await client.query(insertActionSql, [
      action.actionId,
      orderId,
      action.kind,
      stepOf(action),
      JSON.stringify(action),
      correlationId,
      causationId,
      action.kind === 'schedule' ? action.dueAt : null,
    ]);
  }
}

export interface Applied {
  readonly state: OrderSagaState;
  readonly actions: readonly SagaAction[];
}

/**
 * Reacts to one input inside `client`'s transaction: locks the saga's row, reacts, stores the next
 * state and the actions. An input for an order whose saga never started changes nothing.
 */
export async function applyInput(
  client: pg.PoolClient,
  orderId: string,
  input: SagaInput,
  policy: SagaPolicy,
): Promise<Applied> {
  const { rows } = await client.query<SagaRow>(
    'SELECT state FROM order_sagas WHERE order_id = $1 FOR UPDATE',
    [orderId],
  );
  const row = rows[0];
  const state = row ? orderSagaStateSchema.parse(row.state) : initialSagaState;
  const next = react(state, input, policy);
  if (next.state.status === 'New') return next;
  const { correlationId } = next.state.order;
  if (!row || JSON.stringify(next.state) !== JSON.stringify(state)) {
    const stored = [orderId, next.state.status, JSON.stringify(next.state), correlationId];
    await client.query(saveSql, stored);
  }
  await storeActions(
    client,
    orderId,
    { correlationId, causationId: causationOf(input) },
    next.actions,
  );
  return next;
}
