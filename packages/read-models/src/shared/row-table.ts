import type { ReadModelsTransaction } from '../prisma';

/** A projection's table as its store reaches it: rows keyed by generation and entity id. */
export interface RowTable<Row> {
  load(tx: ReadModelsTransaction, generation: number, id: string): Promise<Row | null>;
  save(tx: ReadModelsTransaction, generation: number, row: Row): Promise<void>;
  dropGeneration(tx: ReadModelsTransaction, generation: number): Promise<void>;
}
