import pg from 'pg';
import { vi } from 'vitest';
import { newEvent } from './fixtures';

/**
 * Starts `append` while a rival connection holds version 1 of the stream uncommitted: the append
 * sees version 0, passes its check and waits on the unique index; the rival then commits, so the
 * append loses the race after its check. The rival's transaction is ended however this goes.
 */
export async function appendLosingToRival<T>(
  pool: pg.Pool,
  connectionString: string,
  stream: string,
  append: () => Promise<T>,
): Promise<T> {
  const rival = new pg.Client({ connectionString });
  await rival.connect();
  try {
    await rival.query('BEGIN');
    await rival.query(
      `INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
       VALUES (gen_random_uuid(), $1, 1, 'ThingHappened', 1, '{}', $2)`,
      [stream, newEvent().metadata],
    );
    const appending = append();
    await vi.waitFor(async () => {
      const { rows } = await pool.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0]?.waiting !== 1) throw new Error('the append is not waiting on the rival yet');
    });
    await rival.query('COMMIT');
    return await appending;
  } finally {
    await rival.query('ROLLBACK').catch(() => undefined);
    await rival.end();
  }
}
