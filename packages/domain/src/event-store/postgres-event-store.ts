import pg from 'pg';
import type { Logger } from 'pino';
import type { RecordedEvent } from '../shared/envelope';
import { formatLogPosition, type LogPosition } from '../shared/log-position';
import { err, ok, type Result } from '../shared/result';
import { recordedEventColumns, toRecordedEvent, type RecordedEventRow } from './event-rows';
import { assertWellFormed } from './new-event';
import {
  concurrencyConflict,
  type AppendResult,
  type ConcurrencyConflict,
  type EventStore,
  type ExpectedVersion,
  type LogReader,
  type NewEvent,
  type ReadStreamOptions,
} from './port';

const streamVersionKey = 'events_stream_id_stream_version_key';
const uniqueViolation = '23505';
const maxStreamVersion = 2_147_483_647;

/*
 * The write path's statements are prepared (named): each connection parses and plans them once,
 * not on every call; that was most of the append's server time (bench/results/event-store.md).
 * Their results are explicit column lists, so a column added to `events` never changes them.
 */
const prepared = (name: string, text: string) => (values: unknown[]) => ({
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
const appendSql = `WITH head AS (
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
  )
  SELECT head.version AS head_version, appended.*
  FROM head LEFT JOIN appended ON true`;
const appendQuery = prepared('append', appendSql);

// A range scan of the (stream_id, stream_version) index; the time bound is a filter on that range.
const readStreamSql = `SELECT ${recordedEventColumns}
  FROM events
  WHERE stream_id = $1 AND stream_version BETWEEN $2 AND $3
    AND recorded_at <= coalesce($4::timestamptz, 'infinity')
  ORDER BY stream_version`;
const readStreamQuery = prepared('read-stream', readStreamSql);

/*
 * Only transactions below the snapshot's xmin are certainly finished, so a slower transaction
 * that began earlier can never commit "behind" a position already read. The row comparison
 * matches the index events_log_order_idx (transaction_id, global_position).
 */
const readAfterSql = `SELECT ${recordedEventColumns}
  FROM events
  WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
    AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
  ORDER BY events.transaction_id, events.global_position
  LIMIT $3`;

const heldBackSql = `SELECT EXISTS (
    SELECT 1 FROM events
    WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint)
      AND transaction_id >= pg_snapshot_xmin(pg_current_snapshot())
  ) AS held_back`;

type AppendRow = { head_version: number } & (
  RecordedEventRow | { [K in keyof RecordedEventRow]: null }
);

const expectedParam = (expected: ExpectedVersion): number | null =>
  expected === 'any' ? null : expected === 'no_stream' ? 0 : expected;

const isStreamVersionClash = (error: unknown): boolean =>
  error instanceof pg.DatabaseError &&
  error.code === uniqueViolation &&
  error.constraint === streamVersionKey;

const positionParams = (position: LogPosition): [string, string] => [
  position.transactionId.toString(),
  position.globalPosition.toString(),
];

function versionBound(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${name} must be an integer, not ${value}`);
  return Math.min(Math.max(value, 0), maxStreamVersion);
}

/** The event store on Postgres: the `events` table is the source of truth and the relay's log. */
export class PostgresEventStore implements EventStore, LogReader {
  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {}

  async readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): Promise<readonly RecordedEvent[]> {
    const { rows } = await this.pool.query<RecordedEventRow>(
      readStreamQuery([
        streamId,
        versionBound('fromVersion', options.fromVersion, 1),
        versionBound('toVersion', options.toVersion, maxStreamVersion),
        options.recordedAtOrBefore ?? null,
      ]),
    );
    return rows.map(toRecordedEvent);
  }

  /**
   * Checks the expected version and appends, atomically and in one round trip. A writer racing at
   * the same version is stopped by the unique index on (stream_id, stream_version) and also gets
   * the conflict, so with `any` a racing append can still conflict: the caller may simply retry it.
   */
  async appendToStream(
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
  ): Promise<Result<AppendResult, ConcurrencyConflict>> {
    const [first] = events;
    if (!first) throw new RangeError(`appendToStream(${streamId}) needs at least one event`);
    assertWellFormed(streamId, events);
    const log = this.logger.child({
      correlationId: first.metadata.correlationId,
      streamId,
      count: events.length,
    });
    let rows: AppendRow[];
    try {
      ({ rows } = await this.pool.query<AppendRow>(
        appendQuery([
          streamId,
          expectedParam(expectedVersion),
          JSON.stringify(events.map(toInsertRow)),
        ]),
      ));
    } catch (error) {
      if (!isStreamVersionClash(error)) throw error;
      log.info({ expectedVersion }, 'append refused: a concurrent writer took the stream version');
      return err(concurrencyConflict(streamId, expectedVersion));
    }
    const recorded = rows.flatMap((row) => (row.event_id === null ? [] : [toRecordedEvent(row)]));
    if (recorded.length === 0) {
      log.info(
        { expectedVersion, actualVersion: rows[0]?.head_version },
        'append refused: stream is not at the expected version',
      );
      return err(concurrencyConflict(streamId, expectedVersion));
    }
    const appended = appendResult(streamId, recorded);
    log.info(
      {
        position: formatLogPosition(appended.lastPosition),
        streamVersion: appended.nextExpectedVersion,
      },
      'events appended',
    );
    return ok(appended);
  }

  async readAfter(position: LogPosition, limit: number): Promise<readonly RecordedEvent[]> {
    const { rows } = await this.pool.query<RecordedEventRow>(readAfterSql, [
      ...positionParams(position),
      limit,
    ]);
    return rows.map(toRecordedEvent);
  }

  /**
   * True when committed events after `position` are withheld by `readAfter` because an older
   * transaction (in any database of the server) is still in flight: the tail is worth re-reading soon.
   */
  async hasHeldBackEvents(position: LogPosition): Promise<boolean> {
    const { rows } = await this.pool.query<{ held_back: boolean }>(
      heldBackSql,
      positionParams(position),
    );
    return rows[0]?.held_back ?? false;
  }
}

const toInsertRow = ({ eventId, type, schemaVersion, data, metadata }: NewEvent) => ({
  event_id: eventId,
  type,
  schema_version: schemaVersion,
  data,
  metadata,
});

function appendResult(streamId: string, recorded: RecordedEvent[]): AppendResult {
  // RETURNING promises no order: sort by version rather than rely on the insert's.
  const events = recorded.sort((a, b) => a.streamVersion - b.streamVersion);
  const last = events[events.length - 1];
  if (!last) throw new Error(`Insert into ${streamId} returned no rows`);
  return {
    nextExpectedVersion: last.streamVersion,
    lastPosition: { transactionId: last.transactionId, globalPosition: last.globalPosition },
    events,
  };
}
