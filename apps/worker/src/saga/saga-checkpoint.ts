import { compareLogPositions, logStart, type LogPosition } from '@shop/domain';
import type pg from 'pg';

/*
 * How far the saga has read the log, as a (transactionId, globalPosition) pair. It moves in the
 * same transaction as the sagas it fed, so an event is applied exactly once per checkpoint.
 */

type Queryable = Pick<pg.Pool, 'query'>;

interface CheckpointRow {
  readonly transaction_id: string;
  readonly global_position: string;
}

const toPosition = (row: CheckpointRow | undefined): LogPosition =>
  row
    ? { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) }
    : logStart;

const selectSql = `SELECT transaction_id::text, global_position::text
  FROM saga_checkpoints WHERE saga_name = $1`;

export async function loadCheckpoint(db: Queryable, sagaName: string): Promise<LogPosition> {
  const { rows } = await db.query<CheckpointRow>(selectSql, [sagaName]);
  return toPosition(rows[0]);
}

/**
 * Locks the checkpoint for the transaction and says whether it still is `expected`: when another
 * worker moved it since it was read, the batch read from it is stale and must be read again.
 */
export async function claimCheckpoint(
  client: pg.PoolClient,
  sagaName: string,
  expected: LogPosition,
): Promise<boolean> {
  await client.query(
    `INSERT INTO saga_checkpoints (saga_name, transaction_id, global_position)
     VALUES ($1, 0, 0) ON CONFLICT (saga_name) DO NOTHING`,
    [sagaName],
  );
  const { rows } = await client.query<CheckpointRow>(`${selectSql} FOR UPDATE`, [sagaName]);
  return compareLogPositions(toPosition(rows[0]), expected) === 0;
}

export async function saveCheckpoint(
  client: pg.PoolClient,
  sagaName: string,
  position: LogPosition,
): Promise<void> {
  await client.query(
    `UPDATE saga_checkpoints
     SET transaction_id = $2, global_position = $3, updated_at = CURRENT_TIMESTAMP
     WHERE saga_name = $1`,
    [sagaName, position.transactionId.toString(), position.globalPosition.toString()],
  );
}

/** Starts the saga over from `position` (tests and operators: every event is fed again). */
export async function resetCheckpoint(
  db: Queryable,
  sagaName: string,
  position: LogPosition = logStart,
): Promise<void> {
  await db.query(
    `UPDATE saga_checkpoints SET transaction_id = $2, global_position = $3 WHERE saga_name = $1`,
    [sagaName, position.transactionId.toString(), position.globalPosition.toString()],
  );
}
