import type pg from 'pg';

/** The backend whose open transaction keeps committed events from the relay. */
export interface XminHolder {
  readonly pid: number;
  /** Null for a backend attached to no database (e.g. a replication sender). */
  readonly database: string | null;
  readonly applicationName: string;
  /** `active`, `idle in transaction`, ...; null when the server hides it from this role. */
  readonly state: string | null;
  readonly transactionAgeMs: number;
  /** The backend's current or last statement, cut to a bounded length. */
  readonly query: string;
}

const maxQueryLength = 300;

/*
 * pg_snapshot_xmin(pg_current_snapshot()) is the oldest transaction id still running anywhere on
 * the server, so the holder is the backend with the oldest backend_xid, in any database. A backend
 * with only a backend_xmin (a read-only snapshot, e.g. REPEATABLE READ) does not hold the relay
 * back. Without superuser or pg_read_all_stats, other roles' query text reads
 * "<insufficient privilege>". A prepared transaction holds xmin too but has no backend.
 */
const holderSql = `SELECT pid, datname, coalesce(application_name, '') AS application_name, state,
    coalesce(extract(epoch FROM clock_timestamp() - xact_start) * 1000, 0)::float8 AS age_ms,
    left(coalesce(query, ''), $1) AS query
  FROM pg_stat_activity
  WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()
  ORDER BY age(backend_xid) DESC
  LIMIT 1`;

interface HolderRow {
  readonly pid: number;
  readonly datname: string | null;
  readonly application_name: string;
  readonly state: string | null;
  readonly age_ms: number;
  readonly query: string;
}

/** The backend holding the oldest transaction id, or null when no transaction holds one now. */
export async function findXminHolder(pool: pg.Pool): Promise<XminHolder | null> {
  const { rows } = await pool.query<HolderRow>(holderSql, [maxQueryLength]);
  const row = rows[0];
  if (!row) return null;
  return {
    pid: row.pid,
    database: row.datname,
    applicationName: row.application_name,
    state: row.state,
    transactionAgeMs: Math.round(row.age_ms),
    query: row.query,
  };
}
