import type { ReadModelsTransaction } from '../prisma';
import type { BatchItem, CursorState } from './batch-item';
import type { Db } from './db';
import type { Projection } from './projection';

/** Where a batch records how far it got: a partition's checkpoint, or a rebuild's own. */
export interface BatchCursor {
  /** Locks the cursor for the transaction; throws LostOwnership when another owner has it. */
  lock(tx: ReadModelsTransaction): Promise<CursorState>;
  /** Reads the cursor without a lock (the first phase of an external batch). */
  peek(db: Db): Promise<CursorState>;
  /** Moves the cursor past `items` (fresh, in order, at least one). */
  advance(tx: ReadModelsTransaction, from: CursorState, items: readonly BatchItem[]): Promise<void>;
}

/** A projection, the cursor its batches move, and the generation they write. */
export interface BatchScope {
  readonly projection: Projection;
  readonly cursor: BatchCursor;
  /** The generation to write, locked for the transaction when it can change (the live one). */
  generation(tx: ReadModelsTransaction): Promise<number>;
  peekGeneration(db: Db): Promise<number>;
}

/** This worker no longer owns what it was writing: another took the partition or the rebuild. */
export class LostOwnership extends Error {
  override readonly name = 'LostOwnership';
}
