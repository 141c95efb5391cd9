import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from './migrate';
import { createTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase('shop_migrate');
});
afterAll(() => database.drop());

async function ledger(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      applied_steps_count: number;
    }>(
      'SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name',
    );
    return rows;
  } finally {
    await client.end();
  }
}

describe('migration runner', () => {
  it("records every migration the way Prisma's own runner does", async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    expect(await ledger(database.connectionString)).toEqual(
      migrations.map(({ name, checksum }) => ({
        migration_name: name,
        checksum,
        applied_steps_count: 1,
      })),
    );
  });

  it('applies nothing the second time', async () => {
    expect(await migrate(database.connectionString)).toEqual([]);
  });

  it('refuses to continue when an applied migration was edited', async () => {
    const client = new pg.Client({ connectionString: database.connectionString });
    await client.connect();
    try {
      await client.query(
        `UPDATE "_prisma_migrations" SET checksum = 'edited' WHERE migration_name = (SELECT min(migration_name) FROM "_prisma_migrations")`,
      );
    } finally {
      await client.end();
    }
    await expect(migrate(database.connectionString)).rejects.toThrow(
      /was changed after it was applied/,
    );
  });
});
