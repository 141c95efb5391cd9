import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamId, testPool } from './test-support/fixtures';
import { PostgresSnapshotStore } from './postgres-snapshot-store';

let database: TestDatabase;
let pool: pg.Pool;
let snapshots: PostgresSnapshotStore;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  snapshots = new PostgresSnapshotStore(pool);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const snapshot = (stream: string, streamVersion: number, schemaVersion = 1) => ({
  streamId: stream,
  streamVersion,
  schemaVersion,
  state: { status: 'Counting', total: String(streamVersion), byLabel: [['red', 1]] },
});

describe('PostgresSnapshotStore', () => {
  it('has no snapshot for a stream never snapshotted', async () => {
    expect(await snapshots.load(streamId())).toBeNull();
  });

  it('round-trips a snapshot, with the time it was taken', async () => {
    const stream = streamId();
    await snapshots.save(snapshot(stream, 5));

    expect(await snapshots.load(stream)).toEqual({
      ...snapshot(stream, 5),
      takenAt: expect.any(Date),
    });
  });

  it('keeps the newer of two snapshots saved out of order', async () => {
    const stream = streamId();
    await snapshots.save(snapshot(stream, 10));
    await snapshots.save(snapshot(stream, 5));

    expect((await snapshots.load(stream))?.streamVersion).toBe(10);

    await snapshots.save(snapshot(stream, 15));
    expect((await snapshots.load(stream))?.streamVersion).toBe(15);
  });

  it('replaces a snapshot of another schema version, even an older one', async () => {
    const stream = streamId();
    await snapshots.save(snapshot(stream, 10, 1));
    await snapshots.save(snapshot(stream, 8, 2));

    expect(await snapshots.load(stream)).toMatchObject({ streamVersion: 8, schemaVersion: 2 });
  });

  it('refuses a snapshot of no event at all', async () => {
    await expect(snapshots.save(snapshot(streamId(), 0))).rejects.toThrow(
      /stream_version_positive/,
    );
  });
});
