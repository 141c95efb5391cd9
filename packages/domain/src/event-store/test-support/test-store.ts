import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { PostgresEventStore } from '../postgres-event-store';
import { PostgresSnapshotStore } from '../postgres-snapshot-store';
import { testLogger, testPool } from './fixtures';

/** A fresh migrated database with the event and snapshot stores on it, for one test file. */
export interface TestStore {
  readonly database: TestDatabase;
  readonly pool: pg.Pool;
  readonly eventStore: PostgresEventStore;
  readonly snapshotStore: PostgresSnapshotStore;
  countEvents(streamId: string): Promise<number>;
  countSnapshots(streamId: string): Promise<number>;
}

export async function openTestStore(): Promise<TestStore> {
  const database = await createTestDatabase();
  const pool = testPool(database.connectionString);
  const count = async (table: 'events' | 'snapshots', streamId: string) => {
    const { rows } = await pool.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM ${table} WHERE stream_id = $1`,
      [streamId],
    );
    return rows[0]?.count ?? 0;
  };
  return {
    database,
    pool,
    eventStore: new PostgresEventStore(pool, testLogger()),
    snapshotStore: new PostgresSnapshotStore(pool),
    countEvents: (streamId) => count('events', streamId),
    countSnapshots: (streamId) => count('snapshots', streamId),
  };
}

export async function closeTestStore(store: TestStore | undefined): Promise<void> {
  await store?.pool.end();
  await store?.database.drop();
}

/** A test store for the tests of one file, closed after them. Call at the top level of the file. */
export function useTestStore(): () => TestStore {
  let store: TestStore | undefined;
  beforeAll(async () => {
    store = await openTestStore();
  });
  afterAll(() => closeTestStore(store));
  return () => {
    if (!store) throw new Error('The test store is used before its beforeAll ran');
    return store;
  };
}
