import { eventMetadataSchema, type LogPosition, type RecordedEvent } from '@shop/domain';
import type { Db } from './db';

interface LogRow {
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  recorded_at: Date;
  transaction_id: string;
  global_position: bigint;
}

const toRecordedEvent = (row: LogRow): RecordedEvent => ({
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  transactionId: BigInt(row.transaction_id),
  globalPosition: row.global_position,
  recordedAt: row.recorded_at,
  data: row.data,
  metadata: eventMetadataSchema.parse(row.metadata),
});

/**
 * The event store's log after `after`, in log order, for the given categories: the same reading as
 * the relay's (PostgresEventStore.readAfter), only committed transactions below the oldest one in
 * flight, so nothing can later commit behind what was read. With a category filter, so a rebuild of
 * one category does not carry the whole log over the wire.
 */
export async function readLogAfter(
  db: Db,
  after: LogPosition,
  categories: readonly string[],
  limit: number,
): Promise<RecordedEvent[]> {
  const rows = await db.$queryRaw<LogRow[]>`
    SELECT event_id::text AS event_id, stream_id, stream_version, type, schema_version, data,
           metadata, recorded_at, transaction_id::text AS transaction_id, global_position
    FROM events
    WHERE (transaction_id, global_position) > (${after.transactionId.toString()}::text::xid8, ${after.globalPosition}::bigint)
      AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      AND split_part(stream_id, '-', 1) = ANY(${[...categories]}::text[])
    ORDER BY transaction_id, global_position
    LIMIT ${limit}`;
  return rows.map(toRecordedEvent);
}

/** How many readable events of the categories lie after `after` (a rebuild's remaining work). */
export async function countLogAfter(
  db: Db,
  after: LogPosition,
  categories: readonly string[],
): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM events
    WHERE (transaction_id, global_position) > (${after.transactionId.toString()}::text::xid8, ${after.globalPosition}::bigint)
      AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      AND split_part(stream_id, '-', 1) = ANY(${[...categories]}::text[])`;
  return Number(row?.count ?? 0);
}
