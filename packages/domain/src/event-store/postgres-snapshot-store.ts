import type pg from 'pg';
import type { SnapshotStore, StoredSnapshot } from './port';

const loadSql = `SELECT stream_id, stream_version, snapshot_schema_version, state, taken_at
  FROM snapshots WHERE stream_id = $1`;

/*
 * One row per stream, overwritten. Concurrent commands may save out of order, so an older
 * snapshot never replaces a newer one of the same schema version; one of another schema version
 * is replaced (a rolling deploy may flip it back and forth, which costs a replay and nothing else).
 */
const saveSql = `INSERT INTO snapshots (stream_id, stream_version, snapshot_schema_version, state, taken_at)
  VALUES ($1, $2, $3, $4::jsonb, now())
  ON CONFLICT (stream_id) DO UPDATE
    SET stream_version = EXCLUDED.stream_version,
        snapshot_schema_version = EXCLUDED.snapshot_schema_version,
        state = EXCLUDED.state,
        taken_at = EXCLUDED.taken_at
    WHERE snapshots.stream_version < EXCLUDED.stream_version
       OR snapshots.snapshot_schema_version <> EXCLUDED.snapshot_schema_version`;

interface SnapshotRow {
  readonly stream_id: string;
  readonly stream_version: number;
  readonly snapshot_schema_version: number;
  readonly state: unknown;
  readonly taken_at: Date;
}

/** Snapshots in the `snapshots` table, written with single statements (no transaction to hold). */
export class PostgresSnapshotStore implements SnapshotStore {
  constructor(private readonly pool: pg.Pool) {}

  async load(streamId: string): Promise<StoredSnapshot | null> {
    // Named, so each connection plans it once: it runs before every command of a snapshotted aggregate.
    const { rows } = await this.pool.query<SnapshotRow>({
      name: 'snapshot-store:load',
      text: loadSql,
      values: [streamId],
    });
    const row = rows[0];
    if (!row) return null;
    return {
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      schemaVersion: row.snapshot_schema_version,
      state: row.state,
      takenAt: row.taken_at,
    };
  }

  async save({
    streamId,
    streamVersion,
    schemaVersion,
    state,
  }: Omit<StoredSnapshot, 'takenAt'>): Promise<void> {
    await this.pool.query(saveSql, [streamId, streamVersion, schemaVersion, JSON.stringify(state)]);
  }
}
