import type { ReadModelsPrisma } from '../prisma';
import type { BatchItem } from './batch-item';
import { LostOwnership, type BatchScope } from './batch-scope';
import {
  applyPostgresBatch,
  deadLetterInTransaction,
  ItemFailed,
  type BatchStats,
} from './batch-transaction';
import { batchTransactionOptions } from './db';
import { applyExternalBatch } from './external-batch';
import type { AttemptOutcome, SettleSteps } from './settle-batch';
import { isTransientError } from './transient-error';

export type StepHooks = Pick<SettleSteps<BatchItem>, 'pause' | 'onRetry' | 'onDeadLetter'> & {
  /** Told what each committed attempt did. */
  committed(stats: BatchStats): void;
};

/**
 * The steps settleInOrder drives for a projection: each attempt is one transaction (or, for an
 * external projection, one applyBatch and one transaction). Losing ownership is not a failure of
 * the batch: it ends settling, by throwing, and the worker stops.
 */
export function batchSteps(
  prisma: ReadModelsPrisma,
  scope: BatchScope,
  hooks: StepHooks,
): SettleSteps<BatchItem> {
  const attempt = async (work: () => Promise<BatchStats>): Promise<AttemptOutcome> => {
    try {
      hooks.committed(await work());
      return { ok: true };
    } catch (error) {
      if (error instanceof LostOwnership) throw error;
      if (error instanceof ItemFailed)
        return { ok: false, error: error.cause, failedAt: error.index };
      return { ok: false, error, failedAt: null };
    }
  };
  return {
    apply: (items) =>
      attempt(() =>
        scope.projection.kind === 'postgres'
          ? prisma.$transaction(
              (tx) => applyPostgresBatch(tx, scope, items),
              batchTransactionOptions,
            )
          : applyExternalBatch(prisma, scope, items),
      ),
    deadLetter: (item, failure) =>
      attempt(() =>
        prisma.$transaction(
          (tx) => deadLetterInTransaction(tx, scope, item, failure),
          batchTransactionOptions,
        ),
      ),
    poison: (item) => (item.kind === 'undecodable' ? item.error : null),
    isTransient: isTransientError,
    pause: hooks.pause,
    onRetry: hooks.onRetry,
    onDeadLetter: hooks.onDeadLetter,
  };
}
