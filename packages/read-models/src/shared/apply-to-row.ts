import type { RecordedEvent } from '@shop/domain';

/** How a store reads, evolves and writes one row; `evolve` returns the row itself for a replay. */
export interface RowCycle<Row> {
  load(): Promise<Row | null>;
  evolve(row: Row | null, event: RecordedEvent): Row;
  save(row: Row): Promise<void>;
}

/** Read, evolve, write: nothing is written when the row already reflects the event. */
export async function applyToRow<Row>(event: RecordedEvent, cycle: RowCycle<Row>): Promise<void> {
  const current = await cycle.load();
  const next = cycle.evolve(current, event);
  if (next !== current) await cycle.save(next);
}
