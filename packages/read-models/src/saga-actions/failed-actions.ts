import { err, ok, type Result } from '@shop/domain';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { Db } from '../runtime/db';

/*
 * The order saga's dead letters: actions that failed for good, with their error, for the console;
 * and a retry that puts one back in the saga's queue, which the saga's worker then picks up.
 */

export const sagaActionIdSchema = z.uuid('a saga action id is a UUID');

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

export const listFailedSagaActionsInputSchema = z.object({
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListFailedSagaActionsInput = z.input<typeof listFailedSagaActionsInputSchema>;

export type SagaActionRefusal = { readonly kind: 'NotFailed'; readonly message: string };

const failedSelect = {
  actionId: true,
  orderId: true,
  correlationId: true,
  step: true,
  attempts: true,
  lastError: true,
  updatedAt: true,
} satisfies Prisma.SagaActionSelect;

/** The saga's failed actions, the latest failure first. */
export async function listFailedSagaActions(
  db: Db,
  input: ListFailedSagaActionsInput = {},
): Promise<FailedSagaAction[]> {
  const { limit } = listFailedSagaActionsInputSchema.parse(input);
  const rows = await db.sagaAction.findMany({
    where: { status: 'failed' },
    orderBy: { updatedAt: 'desc' },
    take: limit,
    select: failedSelect,
  });
  return rows.map(({ lastError, updatedAt, ...row }) => ({
    ...row,
    error: lastError ?? '',
    failedAt: updatedAt,
  }));
}

/**
 * Runs a failed action again from its first attempt. Refused when it is not (or no longer) failed,
 * e.g. retried a moment ago. Its effects are idempotent, so a retry after a partial success does
 * not act twice.
 */
export async function retrySagaAction(
  db: Db,
  actionId: string,
): Promise<Result<{ actionId: string }, SagaActionRefusal>> {
  // The saga's worker compares due_at with the database's clock: set it on the same clock.
  const updated = await db.$executeRaw`
    UPDATE saga_actions
    SET status = 'pending', attempts = 0, due_at = CURRENT_TIMESTAMP, claimed_until = NULL,
        outcome = NULL, updated_at = CURRENT_TIMESTAMP
    WHERE action_id = ${sagaActionIdSchema.parse(actionId)}::uuid AND status = 'failed'`;
  if (updated === 1) return ok({ actionId });
  return err({
    kind: 'NotFailed',
    message: `Saga action ${actionId} is not failed: it was retried already, or never failed.`,
  });
}
