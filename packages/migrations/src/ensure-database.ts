import pg from 'pg';

/** Creates the database named in the URL when it does not exist yet (a fresh machine has none). */
export async function ensureDatabase(connectionString: string): Promise<boolean> {
  const target = new URL(connectionString);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new Error(`Refusing to create a database with an unusual name: ${JSON.stringify(name)}`);
  }
  const server = new URL(connectionString);
  server.pathname = '/postgres';
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}
