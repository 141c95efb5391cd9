import { setTimeout as sleep } from 'node:timers/promises';
import type { ReadModelsPrisma } from '@shop/read-models';
import { projectionCheckpoints, type PartitionCheckpointView } from '@shop/read-models/read-side';
import type { Logger } from 'pino';

export type CheckpointListener = (checkpoints: readonly PartitionCheckpointView[]) => void;

export interface CheckpointWatch {
  /** Calls `listener` with the projection's partition checkpoints after every read, until unsubscribed. */
  subscribe(projection: string, listener: CheckpointListener): () => void;
  /** Listeners currently subscribed, all projections together. */
  listenerCount(): number;
}

export interface CheckpointWatchOptions {
  /** Pause between two reads of a watched projection's checkpoints. */
  readonly intervalMs?: number;
  readonly logger?: Pick<Logger, 'warn'>;
}

/**
 * One reader per watched projection, whatever the number of open streams: it reads the checkpoint
 * rows (one small query, no transaction) every `intervalMs` while anyone listens, and stops when the
 * last listener leaves. Polling, because the runtime does not NOTIFY when a checkpoint moves.
 */
export function createCheckpointWatch(
  db: ReadModelsPrisma,
  options: CheckpointWatchOptions = {},
): CheckpointWatch {
  const intervalMs = options.intervalMs ?? 150;
  const watched = new Map<string, Set<CheckpointListener>>();

  async function follow(projection: string, listeners: Set<CheckpointListener>): Promise<void> {
    for (;;) {
      // Checked and removed without an await in between, so a new subscriber either joins this
      // loop's set in time or finds no entry and starts a new loop.
      if (listeners.size === 0) {
        watched.delete(projection);
        return;
      }
      try {
        const checkpoints = await projectionCheckpoints(db, projection);
        for (const listener of [...listeners]) listener(checkpoints);
      } catch (error) {
        options.logger?.warn({ err: error, projection }, 'reading checkpoints failed; retrying');
      }
      await sleep(intervalMs);
    }
  }

  return {
    subscribe(projection, listener) {
      const listeners = watched.get(projection) ?? new Set<CheckpointListener>();
      listeners.add(listener);
      if (!watched.has(projection)) {
        watched.set(projection, listeners);
        void follow(projection, listeners);
      }
      return () => {
        listeners.delete(listener);
      };
    },
    listenerCount: () => [...watched.values()].reduce((sum, set) => sum + set.size, 0),
  };
}
