import type { RecordedEvent } from '@shop/domain';
import type { ReadModelsTransaction } from '../prisma';

/**
 * Where a projection writes: its rows carry a generation, so a rebuild fills generation n + 1 beside
 * the live generation n, and the swap is one update of the active generation.
 */
export interface ProjectionTarget {
  readonly generation: number;
}

interface ProjectionBase {
  /** Names its checkpoints, consumers and generations: renaming it starts it from scratch. */
  readonly name: string;
  /** The stream categories it reads, e.g. `['product', 'inventory']`. */
  readonly categories: readonly string[];
  /** Event types it applies; other events of its categories only move its checkpoint. */
  readonly handles: readonly string[];
}

/**
 * A read model in Postgres: `apply` runs inside the transaction that also moves the checkpoint, one
 * event at a time in log order, so its effect is exactly once.
 */
export interface PostgresProjection extends ProjectionBase {
  readonly kind: 'postgres';
  apply(tx: ReadModelsTransaction, event: RecordedEvent, target: ProjectionTarget): Promise<void>;
  /**
   * Optional, for throughput: applies events (the batch's, in log order) with the same effect as
   * `apply` on each in turn, e.g. loading each row once and saving it once. A query costs Prisma
   * about half a millisecond, so one or two per event cap a projection near 2 000 events/s; a batch
   * of 500 in a few statements does not. When it throws, the runtime narrows the batch down and
   * uses `apply` for single events, so a failing event is still isolated.
   */
  applyBatch?(
    tx: ReadModelsTransaction,
    events: readonly RecordedEvent[],
    target: ProjectionTarget,
  ): Promise<void>;
  /** Removes every row of a generation: the old one after a swap, or an abandoned rebuild. */
  dropGeneration(tx: ReadModelsTransaction, generation: number): Promise<void>;
}

/**
 * A read model outside Postgres (a search index): it cannot share the checkpoint's transaction, so
 * `applyBatch` must be idempotent under replays (external versions); the checkpoint moves after it.
 */
export interface ExternalProjection extends ProjectionBase {
  readonly kind: 'external';
  applyBatch(events: readonly RecordedEvent[], target: ProjectionTarget): Promise<void>;
  /**
   * Prepares an empty generation (an index with its mappings) before a rebuild writes into it; also
   * the first generation, when the projection first runs. The three generation calls may be
   * repeated after a crash: an existing generation to create, an active one to activate, or a
   * missing one to drop must each be a success.
   */
  createGeneration(generation: number): Promise<void>;
  /** Makes `generation` the one readers see (an alias swap), then drops `previous`. */
  activateGeneration(generation: number, previous: number | null): Promise<void>;
  dropGeneration(generation: number): Promise<void>;
}

export type Projection = PostgresProjection | ExternalProjection;
