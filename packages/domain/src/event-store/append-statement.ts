import { recordedEventColumns, type RecordedEventRow } from './event-rows';

/*
 * The write path's statements are prepared (named): each connection parses and plans them once,
 * not on every call; that was most of the append's server time (bench/results/event-store.md).
 * Their results are explicit column lists, so a column added to `events` never changes them.
 */
export const prepared = (name: string, text: string) => (values: unknown[]) => ({
  name: `event-store:${name}`,
  text,
  values,
});

/*
 * The whole append is one statement, so one round trip however many events it carries, and no
 * transaction is ever held open between statements. The version check and the insert share the
 * statement's snapshot; a writer that commits the same version meanwhile makes this insert wait on
 * the unique index and then fail, which becomes the conflict. `WITH ORDINALITY ... ORDER BY e.n`
 * hands out stream versions and global positions in the caller's order.
 *
 * recorded_at is the statement's start, not the transaction's (the column default): a writer can
 * only read version n after the writer of n committed, so within a stream recorded_at then grows
 * with the version, which lets "the stream as of a time" be a prefix of the stream. It is cut to
 * milliseconds, JavaScript's precision, so an event's recordedAt given back as a bound includes it.
 */
const headAndInsert = `WITH head AS (
    SELECT coalesce(max(stream_version), 0)::int AS version FROM events WHERE stream_id = $1
  ), appended AS (
    INSERT INTO events
      (event_id, stream_id, stream_version, type, schema_version, data, metadata, recorded_at)
    SELECT e.event_id, $1, head.version + e.n::int, e.type, e.schema_version, e.data, e.metadata,
           date_trunc('milliseconds', statement_timestamp())
    FROM head, ROWS FROM (jsonb_to_recordset($3::jsonb)
      AS (event_id uuid, type text, schema_version int, data jsonb, metadata jsonb))
      WITH ORDINALITY AS e (event_id, type, schema_version, data, metadata, n)
    WHERE $2::int IS NULL OR head.version = $2::int
    ORDER BY e.n
    RETURNING ${recordedEventColumns}
  )`;

const headAndAppended = `SELECT head.version AS head_version, appended.*
  FROM head LEFT JOIN appended ON true`;

/** Appends, or answers with the stream's head version alone when it is not at $2. */
export const appendQuery = prepared('append', `${headAndInsert}\n  ${headAndAppended}`);

/*
 * The same append, and when the stream is not at $2, the events from $2 on, read in the same
 * snapshot as the check that refused it: what the writer missed, without another round trip.
 * The one-time filter on head keeps the read from running at all when the append goes ahead.
 */
export const appendOrReadSinceQuery = prepared(
  'append-or-read-since',
  `${headAndInsert}, missed AS (
    SELECT ${recordedEventColumns} FROM events
    WHERE stream_id = $1 AND stream_version >= $2::int AND (SELECT version FROM head) <> $2::int
  )
  ${headAndAppended}
  UNION ALL
  SELECT head.version, missed.* FROM head, missed`,
);

/** A row of either statement: the head version, then an event (or nulls when none). */
export type AppendRow = { head_version: number } & (
  RecordedEventRow | { [K in keyof RecordedEventRow]: null }
);
