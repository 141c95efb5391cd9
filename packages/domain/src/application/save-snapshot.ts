import type { Logger } from 'pino';
import type { SnapshotStore } from '../event-store/port';
import {
  encodeSnapshotState,
  snapshotDue,
  type SnapshotPolicy,
} from '../snapshots/snapshot-policy';
import type { LoadedAggregate } from './load-aggregate';

export interface SnapshotDeps {
  readonly snapshotStore?: SnapshotStore;
  readonly log: Logger;
}

/**
 * Saves the state when `every` events have passed since the snapshot it was loaded from, or when
 * that snapshot was unusable. It runs after the append's transaction, not inside it: a snapshot is
 * only a cache of what the events already say, so the command's outcome never depends on it and a
 * failure here is logged, never thrown. Written only for the version this command itself read or
 * appended at, so the state always matches the events up to that version. Returns the aggregate
 * with the snapshot it now stands on.
 */
export async function saveSnapshotIfDue<State>(
  { snapshotStore, log }: SnapshotDeps,
  policy: SnapshotPolicy<State> | undefined,
  streamId: string,
  loaded: LoadedAggregate<State>,
): Promise<LoadedAggregate<State>> {
  if (!policy || !snapshotStore || loaded.version === 0) return loaded;
  if (!loaded.snapshotUnusable && !snapshotDue(policy, loaded.snapshotVersion, loaded.version)) {
    return loaded;
  }
  const snapshotLog = log.child({ streamVersion: loaded.version });
  const encoded = encodeSnapshotState(policy, loaded.state);
  if (!encoded.ok) {
    snapshotLog.error({ reason: encoded.error }, 'snapshot not saved: its schema is wrong');
    return loaded;
  }
  try {
    await snapshotStore.save({
      streamId,
      streamVersion: loaded.version,
      schemaVersion: policy.schemaVersion,
      state: encoded.value,
    });
    snapshotLog.debug('snapshot saved');
    return { ...loaded, snapshotVersion: loaded.version, snapshotUnusable: false };
  } catch (error) {
    snapshotLog.error({ err: error }, 'snapshot not saved; the command stands');
    return loaded;
  }
}
