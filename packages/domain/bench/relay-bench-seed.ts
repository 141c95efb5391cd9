import type pg from 'pg';
import {
  toRecordedEvent,
  recordedEventColumns,
  type RecordedEventRow,
} from '../src/event-store/event-rows';
import { eventSubject } from '../src/relay/subjects';
import { toWire } from '../src/shared/envelope';

/**
 * Writes `total` product-like events straight into `events`, in statements of `perStatement` rows
 * (each its own transaction, so the log spans many xids). Set-based SQL rather than the event
 * store's append: the bench measures the relay, and seeding through appends would take minutes.
 */
const seedSql = `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
  SELECT gen_random_uuid(),
         'product-' || md5('bench-stream-' || (i % $3))::uuid,
         i / $3 + 1,
         'ProductRepriced',
         1,
         jsonb_build_object(
           'productId', md5('bench-stream-' || (i % $3))::uuid,
           'name', 'Bench lamp ' || i,
           'description', 'A lamp for the desk, with a long enough description to look real.',
           'price', jsonb_build_object('amountMinor', 1000 + i % 500, 'currency', 'EUR')),
         jsonb_build_object(
           'correlationId', gen_random_uuid(),
           'causationId', gen_random_uuid(),
           'actor', 'admin')
  FROM generate_series($1::int, $2::int - 1) AS i`;

export async function seedEvents(
  pool: pg.Pool,
  {
    total,
    perStatement = 10_000,
    streams = 2_000,
  }: { total: number; perStatement?: number; streams?: number },
): Promise<void> {
  for (let from = 0; from < total; from += perStatement) {
    await pool.query(seedSql, [from, Math.min(total, from + perStatement), streams]);
  }
}

export interface RawMessage {
  readonly subject: string;
  readonly body: string;
  readonly msgID: string;
}

// The baseline only needs the same messages, not the relay's reader: all rows, in log order.
const allEventsSql = `SELECT ${recordedEventColumns} FROM events
  ORDER BY events.transaction_id, events.global_position`;

/** The messages the relay sends, encoded before any timing: the baseline measures JetStream alone. */
export async function loadMessages(pool: pg.Pool, subjectPrefix: string): Promise<RawMessage[]> {
  const { rows } = await pool.query<RecordedEventRow>(allEventsSql);
  return rows.map((row) => {
    const event = toRecordedEvent(row);
    return {
      subject: eventSubject(subjectPrefix, event.streamId),
      body: toWire(event),
      msgID: event.eventId,
    };
  });
}
