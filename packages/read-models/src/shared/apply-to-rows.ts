import type { RecordedEvent } from '@shop/domain';

/** How a store reads, evolves and writes the rows a batch of events touches. */
export interface RowsCycle<Row> {
  /** The rows of these ids that exist; missing ids start from null. */
  loadMany(ids: readonly string[]): Promise<ReadonlyMap<string, Row>>;
  evolve(row: Row | null, event: RecordedEvent): Row;
  saveMany(rows: readonly Row[]): Promise<void>;
}

/**
 * `applyToRow` for a batch: each row is read once, the batch's events are folded into it in log
 * order with the same pure evolve, and only the rows that changed are written, once each. The
 * effect is that of applying the events one by one.
 */
export async function applyToRows<Row>(
  events: readonly RecordedEvent[],
  idOf: (event: RecordedEvent) => string,
  cycle: RowsCycle<Row>,
): Promise<void> {
  const keyed = events.map((event) => ({ event, id: idOf(event) }));
  const loaded = await cycle.loadMany([...new Set(keyed.map(({ id }) => id))]);
  const current = new Map<string, Row | null>();
  const changed = new Set<string>();
  for (const { event, id } of keyed) {
    const before = current.has(id) ? (current.get(id) ?? null) : (loaded.get(id) ?? null);
    const after = cycle.evolve(before, event);
    current.set(id, after);
    if (after !== before) changed.add(id);
  }
  const rows = [...changed].flatMap((id) => {
    const row = current.get(id);
    return row ? [row] : [];
  });
  if (rows.length > 0) await cycle.saveMany(rows);
}
