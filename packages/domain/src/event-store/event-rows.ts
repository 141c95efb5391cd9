import type { EventMetadata, RecordedEvent } from '../shared/envelope';

/**
 * The columns every read returns. A constant fragment: no input ever reaches SQL text.
 * Positions are selected as text because xid8 has no JavaScript type and a bigint can exceed 2^53.
 */
export const recordedEventColumns = `event_id, stream_id, stream_version, type, schema_version, data,
  metadata, recorded_at, transaction_id::text AS transaction_id, global_position::text AS global_position`;

export interface RecordedEventRow {
  readonly event_id: string;
  readonly stream_id: string;
  readonly stream_version: number;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly recorded_at: Date;
  readonly transaction_id: string;
  readonly global_position: string;
}

export const toRecordedEvent = (row: RecordedEventRow): RecordedEvent => ({
  eventId: row.event_id,
  type: row.type,
  schemaVersion: row.schema_version,
  streamId: row.stream_id,
  streamVersion: row.stream_version,
  transactionId: BigInt(row.transaction_id),
  globalPosition: BigInt(row.global_position),
  recordedAt: row.recorded_at,
  data: row.data,
  metadata: row.metadata,
});
