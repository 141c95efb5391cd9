import type { BatchItem, CursorState } from './batch-item';
import { planBatch, sameParking } from './batch-plan';
import type { BatchScope } from './batch-scope';
import { countSteps, emptyStats, parkItems, type BatchStats } from './batch-transaction';
import { batchTransactionOptions } from './db';
import { freshItems } from './fresh-items';
import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';
import { StaleBatch } from './transient-error';

const sameCursor = (a: CursorState, b: CursorState): boolean =>
  a.position.transactionId === b.position.transactionId &&
  a.position.globalPosition === b.position.globalPosition &&
  (a.sequence ?? 0) === (b.sequence ?? 0);

/**
 * One batch of an external projection. Its writes cannot join the checkpoint's transaction, so
 * they go first (`applyBatch`, idempotent by external versions) and the checkpoint follows; a crash
 * between the two only replays the batch. The transaction re-checks, under its locks, what the
 * batch was planned on (generation, checkpoint, parked streams): if a swap or a dead-letter retry
 * changed it meanwhile, the batch is redone rather than recorded against stale facts.
 */
export async function applyExternalBatch(
  prisma: ReadModelsPrisma,
  scope: BatchScope,
  items: readonly BatchItem[],
): Promise<BatchStats> {
  const { projection } = scope;
  if (projection.kind !== 'external') throw new Error(`${projection.name} is not external`);
  const generation = await scope.peekGeneration(prisma);
  const cursor = await scope.cursor.peek(prisma);
  const fresh = freshItems(items, cursor);
  if (fresh.length === 0) return emptyStats();
  const steps = await planBatch(prisma, projection, generation, fresh);
  const events = steps.flatMap((step) => (step.action === 'apply' ? [step.event] : []));
  if (events.length > 0) await projection.applyBatch(events, { generation });
  return prisma.$transaction(async (tx) => {
    if ((await scope.generation(tx)) !== generation) {
      throw new StaleBatch(`${projection.name}: the active generation changed`);
    }
    if (!sameCursor(await scope.cursor.lock(tx), cursor)) {
      throw new StaleBatch(`${projection.name}: the checkpoint moved`);
    }
    if (!sameParking(steps, await planBatch(tx, projection, generation, fresh))) {
      throw new StaleBatch(`${projection.name}: the parked streams changed`);
    }
    await parkItems(tx, scope, generation, steps);
    await scope.cursor.advance(
      tx,
      cursor,
      fresh.map(({ item }) => item),
    );
    return countSteps(steps);
  }, batchTransactionOptions);
}

/**
 * An external batch inside a transaction that already holds the locks: the tail a rebuild applies
 * while it swaps. A failure rolls the swap back; the rebuild then settles the tail the usual way.
 */
export async function applyExternalWithin(
  tx: ReadModelsTransaction,
  scope: BatchScope,
  items: readonly BatchItem[],
): Promise<BatchStats> {
  const { projection } = scope;
  if (projection.kind !== 'external') throw new Error(`${projection.name} is not external`);
  const generation = await scope.generation(tx);
  const cursor = await scope.cursor.lock(tx);
  const fresh = freshItems(items, cursor);
  if (fresh.length === 0) return emptyStats();
  const steps = await planBatch(tx, projection, generation, fresh);
  const events = steps.flatMap((step) => (step.action === 'apply' ? [step.event] : []));
  if (events.length > 0) await projection.applyBatch(events, { generation });
  await parkItems(tx, scope, generation, steps);
  await scope.cursor.advance(
    tx,
    cursor,
    fresh.map(({ item }) => item),
  );
  return countSteps(steps);
}
