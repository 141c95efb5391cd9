import type pg from 'pg';
import { z } from 'zod';

/*
 * The saga's dead letters: actions that failed for good, with their error, for the console; and a
 * retry that puts one back in the queue. Plain SQL on `pg`, with no tie to the worker, so that a
 * read-side package can take this file as it is.
 */

type Queryable = Pick<pg.Pool, 'query'>;

export const failedSagaActionSchema = z.object({
  actionId: z.uuid(),
  orderId: z.uuid(),
  correlationId: z.uuid(),
  step: z.string(),
  attempts: z.number().int(),
  error: z.string(),
  failedAt: z.date(),
});
export type FailedSagaAction = z.infer<typeof failedSagaActionSchema>;

const listSql = `SELECT action_id AS "actionId", order_id AS "orderId",
    correlation_id AS "correlationId", step, attempts,
    coalesce(last_error, '') AS error, updated_at AS "failedAt"
  FROM saga_actions WHERE status = 'failed'
  ORDER BY updated_at DESC
  LIMIT $1`;

export async function listFailedSagaActions(
  db: Queryable,
  { limit = 100 }: { limit?: number } = {},
): Promise<FailedSagaAction[]> {
  const { rows } = await db.query(listSql, [limit]);
  return z.array(failedSagaActionSchema).parse(rows);
}

/**
 * Runs a failed action again from its first attempt; false when it is not (or no longer) failed.
 * Its effects are idempotent, so a retry after a partial success does not act twice.
 */
export async function retrySagaAction(db: Queryable, actionId: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE saga_actions
     SET status = 'pending', attempts = 0, due_at = CURRENT_TIMESTAMP, claimed_until = NULL,
         outcome = NULL, updated_at = CURRENT_TIMESTAMP
     WHERE action_id = $1 AND status = 'failed'`,
    [actionId],
  );
  return rowCount === 1;
}
