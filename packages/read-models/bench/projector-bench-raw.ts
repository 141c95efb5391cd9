import type pg from 'pg';
import type { RawEvent } from './projector-bench-seed';

/**
 * The baselines: plain `pg`, no broker, no decoding, events read before timing. A row per stream
 * (its version and latest payload) and one checkpoint row, the least a projector must write.
 */
export const rawTablesSql = `
  CREATE TABLE bench_raw_rows (stream_id text PRIMARY KEY, version int NOT NULL, data jsonb NOT NULL);
  CREATE TABLE bench_raw_checkpoint (id int PRIMARY KEY, transaction_id bigint NOT NULL, global_position bigint NOT NULL);
  INSERT INTO bench_raw_checkpoint VALUES (1, 0, 0);`;

export const resetRawSql = `TRUNCATE bench_raw_rows; UPDATE bench_raw_checkpoint SET transaction_id = 0, global_position = 0`;

const upsertSql = `INSERT INTO bench_raw_rows (stream_id, version, data)
  SELECT * FROM unnest($1::text[], $2::int[], $3::jsonb[])
  ON CONFLICT (stream_id) DO UPDATE SET version = EXCLUDED.version, data = EXCLUDED.data`;

const checkpointSql = `UPDATE bench_raw_checkpoint SET transaction_id = $1, global_position = $2 WHERE id = 1`;

/** One transaction: the batch folded per key (the last event of each stream wins), then the checkpoint. */
async function writeBatch(client: pg.PoolClient, batch: readonly RawEvent[]): Promise<void> {
  const last = batch.at(-1);
  if (!last) return;
  const folded = [...new Map(batch.map((event) => [event.streamId, event])).values()];
  await client.query('BEGIN');
  try {
    await client.query(upsertSql, [
      folded.map((event) => event.streamId),
      folded.map((event) => event.version),
      folded.map((event) => event.data),
    ]);
    await client.query(checkpointSql, [
      String(last.position.transactionId),
      String(last.position.globalPosition),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Events in transactions of `batchSize` (1: one transaction per event), until they are all written
 * or `maxMs` have passed; returns how many were written.
 */
export async function rawApply(
  pool: pg.Pool,
  events: readonly RawEvent[],
  batchSize: number,
  maxMs = Number.POSITIVE_INFINITY,
): Promise<number> {
  const endsAt = performance.now() + maxMs;
  const client = await pool.connect();
  let start = 0;
  try {
    for (; start < events.length && performance.now() < endsAt; start += batchSize) {
      await writeBatch(client, events.slice(start, start + batchSize));
    }
  } finally {
    client.release();
  }
  return Math.min(start, events.length);
}
