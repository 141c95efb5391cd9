import type { BatchItem } from './batch-item';
import { LostOwnership, type BatchScope } from './batch-scope';
import {
  advancePartitionCheckpoint,
  lockPartitionCheckpoint,
  readPartitionCheckpoint,
  type PartitionCheckpoint,
} from './checkpoint-store';
import { cursorAfter } from './fresh-items';
import { lockActiveGeneration, readProjectionRow } from './generation-store';
import type { Projection } from './projection';

/** A live partition's batches: the active generation, and the partition's checkpoint under `lease`. */
export function partitionScope(
  projection: Projection,
  partition: number,
  lease: bigint,
): BatchScope {
  const { name } = projection;
  const owned = (checkpoint: PartitionCheckpoint | null): PartitionCheckpoint => {
    if (checkpoint?.lease !== lease) {
      throw new LostOwnership(`${name} partition ${partition} was taken over (lease ${lease})`);
    }
    return checkpoint;
  };
  return {
    projection,
    cursor: {
      lock: async (tx) => owned(await lockPartitionCheckpoint(tx, name, partition)),
      peek: async (db) => owned(await readPartitionCheckpoint(db, name, partition)),
      async advance(tx, from, items) {
        const to = cursorAfter(from, items);
        await advancePartitionCheckpoint(tx, name, partition, {
          ...to,
          recordedAt: lastEvent(items)?.recordedAt ?? null,
        });
      },
    },
    generation: (tx) => lockActiveGeneration(tx, name),
    async peekGeneration(db) {
      const row = await readProjectionRow(db, name);
      if (!row) throw new Error(`Projection ${name} is not registered`);
      return row.activeGeneration;
    },
  };
}

function lastEvent(items: readonly BatchItem[]) {
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index];
    if (item?.kind === 'event') return item.event;
  }
  return undefined;
}
