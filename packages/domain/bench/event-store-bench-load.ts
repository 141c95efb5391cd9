import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { recordedEventColumns } from '../src/event-store/event-rows';
import { loadAggregate, type LoadDeps } from '../src/application/load-aggregate';
import type { EventStore, NewEvent, SnapshotStore } from '../src/event-store/port';
import { productAggregate, productStreamId } from '../src/product/index';
import { encodeSnapshotState } from '../src/snapshots/snapshot-policy';
import { medianTime } from './event-store-bench-clients';
import {
  addedEvent,
  productSnapshotPolicy,
  repricedEvents,
  snapshottedProduct,
} from './event-store-bench-product';

export const streamLength = 10_000;
/** The snapshot policy's interval less one: the longest tail a load meets under that policy. */
const worstTail = productSnapshotPolicy.every - 1;
const loadsPerFigure = 5;
const selectSql = `SELECT ${recordedEventColumns} FROM events WHERE stream_id = $1 ORDER BY stream_version`;

/** Median ms of one load of a 10 000-event stream, each way. */
export interface LoadTimes {
  readonly rawSelectMs: number;
  readonly replayMs: number;
  readonly snapshotAtHeadMs: number;
  readonly snapshotWorstTailMs: number;
}

export interface LoadBench {
  measure(): Promise<LoadTimes>;
}

type Deps = LoadDeps & { readonly eventStore: EventStore; readonly snapshotStore: SnapshotStore };

/** Appends ProductAdded and reprices up to `toVersion`, 1 000 events per append. */
async function seed(
  eventStore: EventStore,
  productId: string,
  fromVersion: number,
  toVersion: number,
) {
  for (let version = fromVersion; version < toVersion; version += 1_000) {
    const count = Math.min(1_000, toVersion - version);
    const events: NewEvent[] =
      version === 0
        ? [addedEvent(productId), ...repricedEvents(productId, count - 1, 1)]
        : repricedEvents(productId, count, version);
    const streamId = productStreamId(productId);
    const result = await eventStore.appendToStream(
      streamId,
      version === 0 ? 'no_stream' : version,
      events,
    );
    if (!result.ok) throw new Error(result.error.message);
  }
}

/** Replays the stream as it is now and stores the state as its snapshot. */
async function snapshotNow(deps: Deps, streamId: string): Promise<void> {
  const loaded = await loadAggregate(deps, productAggregate, streamId);
  const state = encodeSnapshotState(productSnapshotPolicy, loaded.state);
  if (!state.ok) throw new Error(state.error);
  await deps.snapshotStore.save({
    streamId,
    streamVersion: loaded.version,
    schemaVersion: productSnapshotPolicy.schemaVersion,
    state: state.value,
  });
}

/**
 * Two products of 10 000 events: one snapshotted at its last event, one `worstTail` events
 * before it. Each load is checked to have started where it should, so no figure measures a
 * replay by mistake.
 */
export async function aggregateLoadBench(deps: Deps, pool: pg.Pool): Promise<LoadBench> {
  const [atHead, withTail] = [randomUUID(), randomUUID()];
  await seed(deps.eventStore, atHead, 0, streamLength);
  await snapshotNow(deps, productStreamId(atHead));
  await seed(deps.eventStore, withTail, 0, streamLength - worstTail);
  await snapshotNow(deps, productStreamId(withTail));
  await seed(deps.eventStore, withTail, streamLength - worstTail, streamLength);

  const load = async (productId: string, snapshotVersion: number) => {
    const aggregate = snapshotVersion === 0 ? productAggregate : snapshottedProduct;
    const loaded = await loadAggregate(deps, aggregate, productStreamId(productId));
    if (loaded.version !== streamLength || loaded.snapshotVersion !== snapshotVersion) {
      throw new Error(`Loaded v${loaded.version} from snapshot v${loaded.snapshotVersion}`);
    }
  };
  // The rows as the event store selects them, decoded by `pg` and nothing else.
  const select = async () => {
    const { rowCount } = await pool.query(selectSql, [productStreamId(atHead)]);
    if (rowCount !== streamLength) throw new Error(`Selected ${rowCount} rows`);
  };
  return {
    measure: async () => ({
      rawSelectMs: await medianTime(loadsPerFigure, select),
      replayMs: await medianTime(loadsPerFigure, () => load(atHead, 0)),
      snapshotAtHeadMs: await medianTime(loadsPerFigure, () => load(atHead, streamLength)),
      snapshotWorstTailMs: await medianTime(loadsPerFigure, () =>
        load(withTail, streamLength - worstTail),
      ),
    }),
  };
}
