import { LostOwnership, type BatchScope } from './batch-scope';
import { cursorAfter } from './fresh-items';
import type { Projection } from './projection';
import { advanceRebuild, lockRebuild, readRebuild, type RebuildRow } from './rebuild-store';

export interface RebuildProgress {
  /** Events per second lately. */
  rate(): number;
  /** The events the rebuild will have read when it reaches the log's end, as last counted. */
  total(): number;
  /** Told of the events each committed batch read. */
  record(events: number): void;
}

/**
 * A rebuild's batches: they write its generation and move its own checkpoint (the rebuild row),
 * with done, total, rate and ETA in the same transaction, so progress is exact across restarts.
 */
export function rebuildScope(
  projection: Projection,
  rebuild: RebuildRow & { generation: number },
  progress: RebuildProgress,
): BatchScope {
  const owned = (row: RebuildRow | null) => {
    if (row?.status !== 'running' || row.lease !== rebuild.lease) {
      throw new LostOwnership(`rebuild ${rebuild.id} of ${projection.name} is no longer ours`);
    }
    return { position: row.position, sequence: null };
  };
  return {
    projection,
    cursor: {
      lock: async (tx) => owned(await lockRebuild(tx, rebuild.id)),
      peek: async (db) => owned(await readRebuild(db, rebuild.id)),
      async advance(tx, from, items) {
        progress.record(items.length);
        await advanceRebuild(tx, rebuild.id, {
          position: cursorAfter(from, items).position,
          events: items.length,
          rate: progress.rate(),
          total: progress.total(),
        });
      },
    },
    generation: async () => rebuild.generation,
    peekGeneration: async () => rebuild.generation,
  };
}
