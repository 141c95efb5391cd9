import { compareLogPositions, formatLogPosition, type LogPosition } from '@shop/domain';
import type { Logger } from 'pino';
import type { ReadModelsPrisma } from '../prisma';
import type { BatchItem } from './batch-item';
import type { BatchScope } from './batch-scope';
import { batchSteps } from './batch-steps';
import { emptyStats, type BatchStats } from './batch-transaction';
import { describeItem } from './describe-item';
import { positionOf } from './fresh-items';
import type { RetryPolicy } from './retry';
import { settleInOrder } from './settle-batch';

export interface BatchRun {
  /** How many items, from the start, were settled: all unless stopped while waiting to retry. */
  readonly settled: number;
  readonly stats: BatchStats;
  /** The last event position settled, if any. */
  readonly lastPosition: LogPosition | null;
}

/** Settles one batch for a scope and writes the batch's one log line. */
export async function runBatch(
  prisma: ReadModelsPrisma,
  scope: BatchScope,
  items: readonly BatchItem[],
  options: { retry: RetryPolicy; logger: Logger; pause(ms: number): Promise<boolean> },
): Promise<BatchRun> {
  const { logger } = options;
  const started = performance.now();
  const stats = emptyStats();
  const steps = batchSteps(prisma, scope, {
    pause: options.pause,
    committed(done) {
      stats.applied += done.applied;
      stats.skipped += done.skipped;
      stats.parked += done.parked;
      stats.deadLettered += done.deadLettered;
    },
    onRetry: (item, error, attempt, retryInMs) =>
      logger.warn(
        { err: error, attempt, retryInMs, ...describeItem(item) },
        'apply failed; retrying',
      ),
    onDeadLetter: (item, failure) =>
      logger.error(
        { err: failure.error, attempts: failure.attempts, ...describeItem(item) },
        'event stored as a dead letter',
      ),
  });
  const settled = await settleInOrder(items, steps, options.retry);
  const done = items.slice(0, settled);
  const positions = done.flatMap((item) => (item.kind === 'event' ? [positionOf(item.event)] : []));
  const sequences = done.flatMap((item) => (item.sequence === null ? [] : [item.sequence]));
  const first = positions[0];
  const last = positions.at(-1) ?? null;
  logger.info(
    {
      count: settled,
      ...stats,
      from: first ? formatLogPosition(first) : null,
      to: last ? formatLogPosition(last) : null,
      firstSeq: sequences[0],
      lastSeq: sequences.at(-1),
      durationMs: Math.round(performance.now() - started),
    },
    'batch settled',
  );
  return { settled, stats, lastPosition: last };
}

export const laterOf = (a: LogPosition, b: LogPosition | null): LogPosition =>
  b !== null && compareLogPositions(b, a) > 0 ? b : a;
