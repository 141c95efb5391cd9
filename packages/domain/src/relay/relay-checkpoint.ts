import type pg from 'pg';
import { logStart, type LogPosition } from '../shared/log-position';

const loadSql = `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position
  FROM relay_checkpoints WHERE relay_name = $1`;

// The WHERE keeps the checkpoint monotone even if a second relay of the same name lags behind.
const saveSql = `INSERT INTO relay_checkpoints (relay_name, transaction_id, global_position)
  VALUES ($1, $2, $3)
  ON CONFLICT (relay_name) DO UPDATE
    SET transaction_id = EXCLUDED.transaction_id,
        global_position = EXCLUDED.global_position,
        updated_at = CURRENT_TIMESTAMP
    WHERE (relay_checkpoints.transaction_id, relay_checkpoints.global_position)
        < (EXCLUDED.transaction_id, EXCLUDED.global_position)`;

/** Where a relay has published up to, kept in `relay_checkpoints` beside the events. */
export class RelayCheckpoint {
  constructor(
    private readonly pool: pg.Pool,
    private readonly relayName: string,
  ) {}

  async load(): Promise<LogPosition> {
    const { rows } = await this.pool.query<{ transaction_id: string; global_position: string }>(
      loadSql,
      [this.relayName],
    );
    const row = rows[0];
    if (!row) return logStart;
    return {
      transactionId: BigInt(row.transaction_id),
      globalPosition: BigInt(row.global_position),
    };
  }

  async save(position: LogPosition): Promise<void> {
    await this.pool.query(saveSql, [
      this.relayName,
      position.transactionId.toString(),
      position.globalPosition.toString(),
    ]);
  }
}
