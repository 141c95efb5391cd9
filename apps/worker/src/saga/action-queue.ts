import { withTransaction } from '@shop/domain/event-store';
import {
  sagaActionSchema,
  type QueuedAction,
  type SagaFeedback,
  type SagaPolicy,
} from '@shop/domain';
import type pg from 'pg';
import { applyInput } from './saga-store';

/** A stored action a worker has claimed. */
export interface ClaimedAction {
  readonly actionId: string;
  readonly orderId: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** This attempt's number, the first being 1. */
  readonly attempt: number;
  readonly action: QueuedAction;
}

interface ActionRow {
  readonly action_id: string;
  readonly order_id: string;
  readonly correlation_id: string;
  readonly causation_id: string;
  readonly attempts: number;
  readonly action: unknown;
}

// The attempt is counted when claimed, so a worker that dies mid-action still used one up.
const claimSql = `UPDATE saga_actions
  SET claimed_until = CURRENT_TIMESTAMP + $1 * interval '1 millisecond',
      attempts = attempts + 1, updated_at = CURRENT_TIMESTAMP
  WHERE action_id IN (
    SELECT action_id FROM saga_actions
    WHERE status = 'pending' AND due_at <= CURRENT_TIMESTAMP
      AND (claimed_until IS NULL OR claimed_until < CURRENT_TIMESTAMP)
    ORDER BY due_at
    LIMIT $2
    FOR UPDATE SKIP LOCKED)
  RETURNING action_id, order_id, correlation_id, causation_id, attempts, action`;

function toClaimed(row: ActionRow): ClaimedAction | null {
  const parsed = sagaActionSchema.safeParse(row.action);
  if (!parsed.success || parsed.data.kind === 'withdraw') return null;
  return {
    actionId: row.action_id,
    orderId: row.order_id,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    attempt: row.attempts,
    action: parsed.data,
  };
}

const unreadableSql = `UPDATE saga_actions
  SET status = 'failed', last_error = 'The stored action cannot be read by this version',
      claimed_until = NULL, updated_at = CURRENT_TIMESTAMP
  WHERE action_id = ANY($1::uuid[])`;

/**
 * Claims up to `limit` due actions for `leaseMs`; no other worker runs them meanwhile. One this
 * version cannot read is recorded as failed at once, rather than claimed again and again.
 */
export async function claimDueActions(
  pool: pg.Pool,
  leaseMs: number,
  limit: number,
): Promise<ClaimedAction[]> {
  const { rows } = await pool.query<ActionRow>(claimSql, [leaseMs, limit]);
  const claimed = rows.map((row) => ({ row, action: toClaimed(row) }));
  const unreadable = claimed.filter(({ action }) => !action).map(({ row }) => row.action_id);
  if (unreadable.length > 0) await pool.query(unreadableSql, [unreadable]);
  return claimed.flatMap(({ action }) => (action ? [action] : []));
}

/**
 * Ends an action — `done`, or `failed` for good — and, in the same transaction, feeds what was
 * learnt back to the saga. An action withdrawn meanwhile, or already ended by a worker that took
 * over, changes nothing: its feedback is not fed twice.
 */
export async function finishAction(
  pool: pg.Pool,
  claimed: ClaimedAction,
  end: { status: 'done' | 'failed'; outcome: string; feedback: SagaFeedback | null },
  policy: SagaPolicy,
): Promise<boolean> {
  return withTransaction(pool, async (client) => {
    // The saga's row first, as every writer of a saga locks it, so that none waits on another.
    await client.query('SELECT 1 FROM order_sagas WHERE order_id = $1 FOR UPDATE', [
      claimed.orderId,
    ]);
    const ended = await client.query(
      `UPDATE saga_actions
       SET status = $2, outcome = $3, last_error = CASE WHEN $2 = 'failed' THEN $3 ELSE last_error END,
           claimed_until = NULL, updated_at = CURRENT_TIMESTAMP
       WHERE action_id = $1 AND status = 'pending'`,
      [claimed.actionId, end.status, end.outcome],
    );
    if (ended.rowCount !== 1) return false;
    if (end.feedback) {
      const input = {
        source: 'feedback' as const,
        causationId: claimed.causationId,
        at: new Date().toISOString(),
        feedback: end.feedback,
      };
      await applyInput(client, claimed.orderId, input, policy);
    }
    return true;
  });
}

/** Puts an action back in the queue, to run again after `delayMs`. */
export async function retryLater(
  pool: pg.Pool,
  claimed: ClaimedAction,
  error: string,
  delayMs: number,
): Promise<void> {
  await pool.query(
    `UPDATE saga_actions
     SET due_at = CURRENT_TIMESTAMP + $2 * interval '1 millisecond', claimed_until = NULL,
         last_error = $3, updated_at = CURRENT_TIMESTAMP
     WHERE action_id = $1 AND status = 'pending'`,
    [claimed.actionId, delayMs, error],
  );
}
