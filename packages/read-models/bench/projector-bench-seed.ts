import type pg from 'pg';
import { partitionOf } from '../src/runtime/partitions';

/**
 * Writes `total` catalog events straight into `events`, in statements of `perStatement` rows (each
 * its own transaction, so the log spans many xids): per product, ProductAdded, then stock received
 * and repriced in turn on its inventory and product streams. Set-based SQL: appending through the
 * event store would take minutes and is not what is measured.
 */
const seedSql = `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
  SELECT gen_random_uuid(),
         CASE WHEN n % 2 = 1 THEN 'inventory-' ELSE 'product-' END || product_id,
         CASE WHEN n % 2 = 1 THEN (n + 1) / 2 ELSE n / 2 + 1 END,
         CASE WHEN n = 0 THEN 'ProductAdded' WHEN n % 2 = 1 THEN 'StockReceived' ELSE 'ProductRepriced' END,
         CASE WHEN n = 0 THEN 3 ELSE 1 END,
         CASE
           WHEN n = 0 THEN jsonb_build_object(
             'productId', product_id, 'name', 'Bench lamp ' || i,
             'description', 'A lamp for the desk, with a long enough description to look real.',
             'category', 'lighting', 'price', jsonb_build_object('amountMinor', 1000, 'currency', 'EUR'))
           WHEN n % 2 = 1 THEN jsonb_build_object('productId', product_id, 'quantity', 1 + i % 5)
           ELSE jsonb_build_object('productId', product_id,
             'price', jsonb_build_object('amountMinor', 1000 + i % 500, 'currency', 'EUR'))
         END,
         jsonb_build_object('correlationId', gen_random_uuid(), 'causationId', gen_random_uuid(), 'actor', 'admin')
  FROM (
    SELECT i, i / $3 AS n, product_uuid(md5('bench-product-' || (i % $3))) AS product_id
    FROM generate_series($1::int, $2::int - 1) AS i
  ) AS seeded`;

/** A v4-shaped uuid from an md5, as the streams' ids must be (random ones would do, but be unstable). */
const productUuidSql = `CREATE FUNCTION product_uuid(hash text) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT overlay(overlay(hash PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid::text $$`;

export async function seedEvents(
  pool: pg.Pool,
  {
    total,
    products,
    perStatement = 10_000,
  }: { total: number; products: number; perStatement?: number },
): Promise<void> {
  await pool.query(productUuidSql);
  for (let from = 0; from < total; from += perStatement) {
    await pool.query(seedSql, [from, Math.min(total, from + perStatement), products]);
  }
}

/** A position of the log, compared as the runtime does: transaction id, then global position. */
export interface Position {
  readonly transactionId: bigint;
  readonly globalPosition: bigint;
}

export const atOrAfter = (a: Position, b: Position): boolean =>
  a.transactionId > b.transactionId ||
  (a.transactionId === b.transactionId && a.globalPosition >= b.globalPosition);

/** An event as the raw baselines write it: key, version and payload, read before any timing. */
export interface RawEvent {
  readonly streamId: string;
  readonly version: number;
  readonly data: string;
  readonly position: Position;
}

/** Every event in log order, as the relay reads them. */
export async function loadEvents(pool: pg.Pool): Promise<RawEvent[]> {
  const { rows } = await pool.query<{
    stream_id: string;
    stream_version: number;
    data: string;
    transaction_id: string;
    global_position: string;
  }>(`SELECT stream_id, stream_version, data::text AS data, transaction_id::text, global_position
      FROM events ORDER BY transaction_id, global_position`);
  return rows.map((row) => ({
    streamId: row.stream_id,
    version: row.stream_version,
    data: row.data,
    position: {
      transactionId: BigInt(row.transaction_id),
      globalPosition: BigInt(row.global_position),
    },
  }));
}

/** The last event of each partition: the runtime has drained the log once every checkpoint is there. */
export function partitionEnds(events: readonly RawEvent[]): Map<number, Position> {
  const ends = new Map<number, Position>();
  for (const event of events) ends.set(partitionOf(event.streamId), event.position);
  return ends;
}
