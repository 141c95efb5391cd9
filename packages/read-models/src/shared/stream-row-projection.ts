import type { PostgresProjection } from '../runtime/projection';
import { applyToRow } from './apply-to-row';
import type { RowTable } from './row-table';
import { entityIdOf } from './stream-id';
import type { StreamRow } from './stream-row';
import type { RecordedEvent } from '@shop/domain';

export interface StreamRowProjectionSpec<Row extends StreamRow> {
  readonly name: string;
  readonly category: string;
  readonly handles: readonly string[];
  readonly evolve: (row: Row | null, event: RecordedEvent) => Row;
  readonly table: RowTable<Row>;
}

/**
 * A projection of one row per stream (a cart, an order). Events of one stream are applied in
 * order by one partition, so no other transaction writes the row meanwhile: no lock is needed.
 */
export function streamRowProjection<Row extends StreamRow>(
  spec: StreamRowProjectionSpec<Row>,
): PostgresProjection {
  const { name, category, handles, evolve, table } = spec;
  return {
    kind: 'postgres',
    name,
    categories: [category],
    handles,
    async apply(tx, event, { generation }) {
      const id = entityIdOf(event, category);
      await applyToRow(event, {
        load: () => table.load(tx, generation, id),
        evolve,
        save: (row) => table.save(tx, generation, row),
      });
    },
    dropGeneration: (tx, generation) => table.dropGeneration(tx, generation),
  };
}
