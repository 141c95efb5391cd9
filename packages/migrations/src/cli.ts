import { ensureDatabase } from './ensure-database';
import { migrate } from './migrate';

const connectionString = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/shop';
if (await ensureDatabase(connectionString))
  console.log(`Created database ${new URL(connectionString).pathname.slice(1)}.`);
const applied = await migrate(connectionString);
console.log(
  applied.length === 0 ? 'Database is up to date.' : `Applied migrations: ${applied.join(', ')}`,
);
