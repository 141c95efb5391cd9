import type pg from 'pg';

/**
 * Runs `work` in one transaction on one pooled client: COMMIT when it resolves, ROLLBACK when it
 * throws, and the client always goes back to the pool. A transaction left open would hold back
 * `pg_snapshot_xmin` and with it every relay on the server.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      // The connection is unusable: destroy it rather than hand it to the next caller.
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
