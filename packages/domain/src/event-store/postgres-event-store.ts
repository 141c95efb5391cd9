import { AppendNotifier } from './append-notifier';
import pg from 'pg';
import type { Logger } from 'pino';
import type { RecordedEvent } from '../shared/envelope';
import { formatLogPosition, type LogPosition } from '../shared/log-position';
import { err, ok, type Result } from '../shared/result';
import { recordedEventColumns, toRecordedEvent, type RecordedEventRow } from './event-rows';
import { appendOrReadSinceQuery, appendQuery, prepared, type AppendRow } from './append-statement';
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
  type StreamMoved,
} from './port';

const streamVersionKey = 'events_stream_id_stream_version_key';
const uniqueViolation = '23505';
const maxStreamVersion = 2_147_483_647;

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
  private readonly notifier: AppendNotifier;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {
    this.notifier = new AppendNotifier(pool, logger);
  }

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
    const appended = await this.append(streamId, expectedVersion, events, appendQuery);
    // Every refusal is this conflict: this statement reads nothing of what was missed.
    return appended.ok ? appended : err(concurrencyConflict(streamId, expectedVersion));
  }

  /** appendToStream, and on a stale version the events since it, read by the same statement. */
  async appendOrReadSince(
    streamId: string,
    expectedVersion: number,
    events: readonly NewEvent[],
  ): Promise<Result<AppendResult, StreamMoved | ConcurrencyConflict>> {
    if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
      throw new RangeError(`expectedVersion must be a whole number, not ${expectedVersion}`);
    }
    return this.append(streamId, expectedVersion, events, appendOrReadSinceQuery);
  }

  private async append(
    streamId: string,
    expectedVersion: ExpectedVersion,
    events: readonly NewEvent[],
    query: typeof appendQuery,
  ): Promise<Result<AppendResult, StreamMoved | ConcurrencyConflict>> {
    const [first] = events;
    if (!first) throw new RangeError(`appendToStream(${streamId}) needs at least one event`);
    assertWellFormed(streamId, events);
    const log = this.logger.child({
      correlationId: first.metadata.correlationId,
      streamId,
      count: events.length,
    });
    const expected = expectedParam(expectedVersion);
    let rows: AppendRow[];
    try {
      ({ rows } = await this.pool.query<AppendRow>(
        query([streamId, expected, JSON.stringify(events.map(toInsertRow))]),
      ));
    } catch (error) {
      if (!isStreamVersionClash(error)) throw error;
      log.info({ expectedVersion }, 'append refused: a concurrent writer took the stream version');
      return err(concurrencyConflict(streamId, expectedVersion));
    }
    const headVersion = rows[0]?.head_version;
    const recorded = rows.flatMap((row) => (row.event_id === null ? [] : [toRecordedEvent(row)]));
    if ((expected !== null && headVersion !== expected) || recorded.length === 0) {
      log.info(
        { expectedVersion, actualVersion: headVersion },
        'append refused: stream is not at the expected version',
      );
      // The rows are then the events missed, when the statement reads them, else none.
      return err(
        expected === null
          ? concurrencyConflict(streamId, expectedVersion)
          : {
              kind: 'StreamMoved',
              streamId,
              expectedVersion: expected,
              since: byVersion(recorded),
            },
      );
    }
    const appended = appendResult(streamId, recorded);
    this.notifier.notify();
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

// RETURNING and UNION ALL promise no order: sort by version rather than rely on the statement's.
const byVersion = (events: RecordedEvent[]): RecordedEvent[] =>
  events.sort((a, b) => a.streamVersion - b.streamVersion);

function appendResult(streamId: string, recorded: RecordedEvent[]): AppendResult {
  const events = byVersion(recorded);
  const last = events[events.length - 1];
  if (!last) throw new Error(`Insert into ${streamId} returned no rows`);
  return {
    nextExpectedVersion: last.streamVersion,
    lastPosition: { transactionId: last.transactionId, globalPosition: last.globalPosition },
    events,
  };
}
