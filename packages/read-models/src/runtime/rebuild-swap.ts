import type { LogPosition } from '@shop/domain';
import type { ReadModelsPrisma } from '../prisma';
import { eventItems } from './batch-item';
import { LostOwnership, type BatchScope } from './batch-scope';
import { applyPostgresBatch } from './batch-transaction';
import { raiseCheckpoints } from './checkpoint-store';
import { batchTransactionOptions } from './db';
import { readLogAfter } from './event-log';
import { applyExternalWithin } from './external-batch';
import { lockProjectionForSwap } from './generation-store';
import { partitionCount } from './partitions';
import type { RebuildRow } from './rebuild-store';

/**
 * Makes a caught-up rebuild the projection's active generation, in one transaction:
 *
 * 1. Lock the projection row FOR UPDATE. Live batches hold it FOR SHARE for their whole
 *    transaction, so this waits for those in flight and holds back new ones until the commit.
 * 2. Apply the rest of the log into the new generation, up to the readable end H. The loop ends:
 *    this transaction has an id, and nothing from a transaction that started after it can be
 *    readable (below pg_snapshot_xmin) while it runs.
 * 3. Raise every partition checkpoint to max(checkpoint, H) and make the new generation active.
 *
 * Nothing is lost and nothing applied twice. The live projector only ever sees events the relay
 * published, and the relay reads only below the xmin horizon, which only moves forward: every event
 * it has applied (or moved a checkpoint past) was readable before step 2, so every such event of the
 * projection's categories is <= H. So the new generation holds every event <= H (read from the event
 * store, including those the live projector also applied to the old generation), and the live
 * projector resumes strictly after max(checkpoint, H), on the new generation, skipping what JetStream
 * still delivers of the rest. Writes made during the rebuild are either <= H (applied here) or > H
 * (applied live after the swap).
 *
 * The old generation's dead letters go with it: the rebuild re-ran their events, recording its own.
 * Returns H. Throws if an event of the tail fails: the caller then settles the tail the usual way
 * (retries, dead letters) and swaps again.
 */
export async function swapIn(
  prisma: ReadModelsPrisma,
  scope: BatchScope,
  rebuild: RebuildRow & { generation: number },
  batchSize: number,
): Promise<LogPosition> {
  const { projection } = scope;
  return prisma.$transaction(async (tx) => {
    const row = await lockProjectionForSwap(tx, projection.name);
    if (row?.rebuildingGeneration !== rebuild.generation) {
      throw new LostOwnership(
        `${projection.name} is no longer rebuilding generation ${rebuild.generation}`,
      );
    }
    let cursor = await scope.cursor.lock(tx);
    for (;;) {
      const events = await readLogAfter(tx, cursor.position, projection.categories, batchSize);
      if (events.length === 0) break;
      if (projection.kind === 'postgres') await applyPostgresBatch(tx, scope, eventItems(events));
      else await applyExternalWithin(tx, scope, eventItems(events));
      cursor = await scope.cursor.lock(tx);
    }
    const high = cursor.position;
    await raiseCheckpoints(tx, projection.name, partitionCount, high);
    await tx.$executeRaw`
      DELETE FROM "projection_dead_letters"
      WHERE "projection" = ${projection.name} AND "generation" = ${row.activeGeneration}`;
    await tx.$executeRaw`
      UPDATE "projections"
      SET "active_generation" = ${rebuild.generation}, "rebuilding_generation" = NULL,
          "retired_generation" = ${row.activeGeneration}, "updated_at" = now()
      WHERE "name" = ${projection.name}`;
    await tx.$executeRaw`
      UPDATE "projection_rebuilds"
      SET "status" = 'done', "finished_at" = now(), "total" = greatest("total", "done"),
          "eta_seconds" = 0, "updated_at" = now()
      WHERE "id" = ${rebuild.id}`;
    return high;
  }, batchTransactionOptions);
}
