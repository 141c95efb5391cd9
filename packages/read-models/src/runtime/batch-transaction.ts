import type { ReadModelsTransaction } from '../prisma';
import { streamIdOf, type BatchItem } from './batch-item';
import { planBatch, type Step } from './batch-plan';
import type { BatchScope } from './batch-scope';
import { blockedStreams, insertDeadLetter } from './dead-letter-store';
import { freshItems } from './fresh-items';
import type { Failure } from './settle-batch';

/** The apply of the batch's `index`-th item threw `cause`; the transaction is rolled back. */
export class ItemFailed extends Error {
  override readonly name = 'ItemFailed';
  constructor(
    readonly index: number,
    override readonly cause: unknown,
  ) {
    super(`Item ${index} of the batch failed`);
  }
}

export interface BatchStats {
  applied: number;
  skipped: number;
  parked: number;
  deadLettered: number;
}

export const emptyStats = (): BatchStats => ({
  applied: 0,
  skipped: 0,
  parked: 0,
  deadLettered: 0,
});

/**
 * One Postgres batch: lock the generation and the cursor, apply the fresh items in order (parking
 * those of streams with a dead letter), and move the cursor, all in the caller's transaction.
 */
export async function applyPostgresBatch(
  tx: ReadModelsTransaction,
  scope: BatchScope,
  items: readonly BatchItem[],
): Promise<BatchStats> {
  const { projection } = scope;
  if (projection.kind !== 'postgres')
    throw new Error(`${projection.name} is not a Postgres projection`);
  const generation = await scope.generation(tx);
  const cursor = await scope.cursor.lock(tx);
  const fresh = freshItems(items, cursor);
  const stats = emptyStats();
  if (fresh.length === 0) return stats;
  const steps = await planBatch(tx, projection, generation, fresh);
  const applying = steps.flatMap((step) => (step.action === 'apply' ? [step] : []));
  if (projection.applyBatch && applying.length > 1) {
    // A failure here names no event: the caller narrows the batch down (see settleInOrder).
    await projection.applyBatch(
      tx,
      applying.map(({ event }) => event),
      { generation },
    );
  } else {
    for (const { event, index } of applying) {
      try {
        await projection.apply(tx, event, { generation });
      } catch (error) {
        throw new ItemFailed(index, error);
      }
    }
  }
  await parkItems(tx, scope, generation, steps);
  await scope.cursor.advance(
    tx,
    cursor,
    fresh.map(({ item }) => item),
  );
  return countSteps(steps);
}

export async function parkItems(
  tx: ReadModelsTransaction,
  scope: BatchScope,
  generation: number,
  steps: readonly Step[],
): Promise<void> {
  for (const step of steps) {
    if (step.action !== 'park') continue;
    const now = new Date();
    await insertDeadLetter(tx, {
      projection: scope.projection.name,
      generation,
      item: step.item,
      blockedBy: step.blockedBy,
      failure: {
        error: new Error(`Blocked behind dead letter ${step.blockedBy} of the same stream`),
        attempts: 0,
        firstFailedAt: now,
        lastFailedAt: now,
      },
    });
  }
}

export function countSteps(steps: readonly Step[]): BatchStats {
  const stats = emptyStats();
  for (const step of steps) {
    if (step.action === 'apply') stats.applied += 1;
    else if (step.action === 'park') stats.parked += 1;
    else stats.skipped += 1;
  }
  return stats;
}

/**
 * Stores `item` as a dead letter (parked instead, if its stream already has one) and moves the
 * cursor past it, in one transaction: the event is never both lost and passed.
 */
export async function deadLetterInTransaction(
  tx: ReadModelsTransaction,
  scope: BatchScope,
  item: BatchItem,
  failure: Failure,
): Promise<BatchStats> {
  const generation = await scope.generation(tx);
  const cursor = await scope.cursor.lock(tx);
  const stats = emptyStats();
  if (freshItems([item], cursor).length === 0) return stats;
  if (item.kind === 'foreign') {
    // Never applied, so it never failed itself: there is nothing to keep, only to move past.
    await scope.cursor.advance(tx, cursor, [item]);
    return stats;
  }
  const streamId = streamIdOf(item);
  const blocked = streamId
    ? await blockedStreams(tx, scope.projection.name, generation, [streamId])
    : new Map<string, bigint>();
  const blockedBy = streamId === null ? null : (blocked.get(streamId) ?? null);
  await insertDeadLetter(tx, {
    projection: scope.projection.name,
    generation,
    item,
    failure,
    blockedBy,
  });
  await scope.cursor.advance(tx, cursor, [item]);
  if (blockedBy === null) stats.deadLettered = 1;
  else stats.parked = 1;
  return stats;
}
