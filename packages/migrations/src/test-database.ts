import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate } from './migrate';

export interface TestDatabase {
  name: string;
  connectionString: string;
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

const serverUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database with a unique name, for one test file. */
export async function createTestDatabase(prefix = 'shop_test'): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE "${name}"`));
  const connectionString = databaseUrl(name);
  await migrate(connectionString);
  return {
    name,
    connectionString,
    drop: () =>
      onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
