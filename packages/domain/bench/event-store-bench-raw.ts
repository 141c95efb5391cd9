import type pg from 'pg';
import type { NewEvent } from '../src/event-store/port';

/*
 * A baseline table is `events` itself, copied with LIKE ... INCLUDING ALL: the same columns,
 * defaults (the xid8 transaction id among them), constraints and indexes, whatever the migrations
 * make of them, and a sequence of its own. Triggers are not copied (the append-only guard never
 * fires on an insert). `withNotify` adds the NOTIFY-in-the-transaction trigger the event store
 * used to have, to show what it costs beside the store's NOTIFY after commit.
 */
const createSql = (table: string, withNotify: boolean): string =>
  [
    `CREATE TABLE ${table} (LIKE events INCLUDING ALL)`,
    `CREATE SEQUENCE ${table}_position_seq OWNED BY ${table}.global_position`,
    `ALTER TABLE ${table} ALTER COLUMN global_position SET DEFAULT nextval('${table}_position_seq')`,
    ...(withNotify
      ? [
          `CREATE OR REPLACE FUNCTION bench_notify_appended() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN PERFORM pg_notify('bench_appended', ''); RETURN NULL; END; $$`,
          `CREATE TRIGGER ${table}_appended AFTER INSERT ON ${table}
             FOR EACH STATEMENT EXECUTE FUNCTION bench_notify_appended()`,
        ]
      : []),
  ].join(';\n');

const columns = 7;
const insertColumns = (table: string) => `INSERT INTO ${table}
  (event_id, stream_id, stream_version, type, schema_version, data, metadata) VALUES `;

/** `($1, ..., $7), ($8, ...)`: one row of placeholders per event. */
const valuesFor = (rows: number): string =>
  Array.from({ length: rows }, (_, row) => {
    const first = row * columns + 1;
    const params = Array.from({ length: columns }, (_, column) => `$${first + column}`);
    return `(${params.join(', ')})`;
  }).join(', ');

/** Plain INSERT of the events at versions `fromVersion`, `fromVersion + 1`, ... of the stream. */
export type RawInsert = (
  streamId: string,
  fromVersion: number,
  events: readonly NewEvent[],
) => Promise<void>;

/** A table shaped like `events` (a constant name: no input reaches SQL text) and its INSERT. */
export async function createRawTable(
  pool: pg.Pool,
  table: 'raw_events' | 'raw_notified_events',
  { withNotify = false } = {},
): Promise<RawInsert> {
  await pool.query(createSql(table, withNotify));
  const insertSql = new Map<number, string>();
  return async (streamId, fromVersion, events) => {
    let text = insertSql.get(events.length);
    if (!text) {
      text = insertColumns(table) + valuesFor(events.length);
      insertSql.set(events.length, text);
    }
    // pg sends objects as JSON text, as the event store does.
    const params = events.flatMap((event, index) => [
      event.eventId,
      streamId,
      fromVersion + index,
      event.type,
      event.schemaVersion,
      event.data,
      event.metadata,
    ]);
    // Named, as a tuned client sends it and as the store sends its own statements: each
    // connection parses and plans it once (700 parameters when batched), not on every call.
    await pool.query({ name: `${table}:${events.length}`, text, values: params });
  };
}
