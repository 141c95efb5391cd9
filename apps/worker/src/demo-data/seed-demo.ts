/** Adds the demo catalog, with some history, as the shop's admins would have. Safe to run again. */
import { PostgresEventStore, PostgresSnapshotStore } from '@shop/domain/event-store';
import pg from 'pg';
import { readEnv } from '../env';
import { createLogger } from '../logger';
import { demoProducts } from './products';
import { seedDemoCatalog } from './seed-catalog';
import { seedDemoCustomers } from './seed-customers';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });

try {
  const deps = {
    eventStore: new PostgresEventStore(pool, logger),
    snapshotStore: new PostgresSnapshotStore(pool),
    logger,
  };
  const { added, alreadyThere } = await seedDemoCatalog(deps, demoProducts);
  logger.info({ added, alreadyThere }, 'demo catalog ready');
  console.log(`Demo catalog: ${added} products added, ${alreadyThere} already there.`);
  const customers = await seedDemoCustomers(deps);
  console.log(`Demo shoppers: ${customers} registered (sign in with ada@shop.example).`);
} finally {
  await pool.end();
}
