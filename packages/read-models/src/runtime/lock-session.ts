import { fnv1a32 } from '@shop/domain/partitioning';
import pg from 'pg';
import type { Logger } from 'pino';

export type LockKey = readonly [number, number];

/** Advisory lock keys in the two-int form, apart from any single-bigint lock taken elsewhere. */
export const lockKey = (namespace: string, name: string): LockKey => [
  fnv1a32(`shop:${namespace}`) | 0,
  fnv1a32(name) | 0,
];

/**
 * A dedicated connection that holds this process's advisory locks (partitions, rebuilds). Postgres
 * releases them when the session ends, however it ends, so a crashed worker's partitions are free
 * at once. Correctness does not rest on the locks: leases fence the writes (see claimPartition).
 */
export class LockSession {
  private client: pg.Client | null = null;
  /** One query at a time on the session: its callers (partitions, rebuilds) run concurrently. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: {
      connectionString: string;
      owner: string;
      logger: Logger;
      /**
       * Held shared for as long as the session lives, one per projection this worker runs: how
       * other workers count who runs a projection (see holders).
       */
      announce: readonly LockKey[];
    },
  ) {}

  get connected(): boolean {
    return this.client !== null;
  }

  async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: `shop-projections:${this.options.owner}`,
      keepAlive: true,
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.options.logger.warn({ err: error }, 'lock session lost; its partitions are released');
      client.end().catch(() => undefined);
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      for (const key of this.options.announce) {
        await client.query('SELECT pg_advisory_lock_shared($1::int, $2::int)', [...key]);
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  async tryLock(key: LockKey): Promise<boolean> {
    const rows = await this.query<{ locked: boolean }>(
      'SELECT pg_try_advisory_lock($1::int, $2::int) AS locked',
      [...key],
    );
    return rows[0]?.locked ?? false;
  }

  async unlock(key: LockKey): Promise<void> {
    await this.query('SELECT pg_advisory_unlock($1::int, $2::int)', [...key]);
  }

  /**
   * How many sessions on this database hold each announced key of `namespace` (this one included),
   * by the key's second half: the workers running each projection.
   */
  async holders(namespace: number): Promise<Map<number, number>> {
    const rows = await this.query<{ key: string; holders: number }>(
      `SELECT objid::bigint::text AS key, count(DISTINCT pid)::int AS holders FROM pg_locks
       WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid::bigint = $1
         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
       GROUP BY objid`,
      [namespace >>> 0],
    );
    // pg_locks shows the key's halves as unsigned oids; keys are built as signed ints.
    return new Map(rows.map((row) => [Number(row.key) | 0, row.holders]));
  }

  async end(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private query<Row extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<Row[]> {
    const run = this.queue.then(async () => {
      if (!this.client) throw new Error('The lock session is not connected');
      return (await this.client.query<Row>(text, values)).rows;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
