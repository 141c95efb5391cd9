import type { ReadModelsTransaction } from '../prisma';

/** A projection's table as its store reaches it: rows keyed by generation and entity id. */
export interface RowTable<Row> {
  load(tx: ReadModelsTransaction, generation: number, id: string): Promise<Row | null>;
  save(tx: ReadModelsTransaction, generation: number, row: Row): Promise<void>;
  dropGeneration(tx: ReadModelsTransaction, generation: number): Promise<void>;
}

/** A table a batch reaches in a few statements: one read of its rows, one write of the changed. */
export interface BatchRowTable<Row> extends RowTable<Row> {
  /**
   * True when a save changes each part of an existing row (one per stream feeding it) only if its
   * own version is newer, and merges what the parts share: concurrent writers of different parts,
   * each its part's only writer, then lose nothing without locking the row before reading it.
   */
  readonly mergesParts?: boolean;
  loadMany(
    tx: ReadModelsTransaction,
    generation: number,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, Row>>;
  saveMany(tx: ReadModelsTransaction, generation: number, rows: readonly Row[]): Promise<void>;
}
