/**
 * Fills the shop with demo data through its commands, as shoppers, admins and the order saga
 * would have: the catalog with its stock, the shoppers, and orders in every state. Safe to run
 * again: a second run adds nothing.
 */
import { PostgresEventStore, PostgresSnapshotStore } from '@shop/domain/event-store';
import pg from 'pg';
import { readEnv } from '../env';
import { createLogger } from '../logger';
import { readSagaEnv } from '../saga/env';
import { startSaga } from '../saga/start-saga';
import { demoCustomers } from './customers';
import { demoOrders } from './orders';
import { demoProducts } from './products';
import { seedDemoCatalog } from './seed-catalog';
import { seedDemoCustomers } from './seed-customers';
import { seedDemoOrders } from './seed-orders';

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 16 });
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

try {
  const deps = {
    eventStore: new PostgresEventStore(pool, logger),
    snapshotStore: new PostgresSnapshotStore(pool),
    logger,
  };
  const [catalog, customers] = await Promise.all([
    seedDemoCatalog(deps, demoProducts),
    seedDemoCustomers(deps),
  ]);
  logger.info({ ...catalog, customers, seconds: seconds() }, 'demo catalog and shoppers ready');
  console.log(
    `Demo catalog: ${catalog.added} products added, ${catalog.alreadyThere} already there; ` +
      `${customers} shoppers (sign in with ada@shop.example).`,
  );

  const orders = demoOrders(demoProducts, demoCustomers);
  const { placed } = await seedDemoOrders(deps, pool, orders, {
    // The saga runs here only while the orders are seeded; the worker's own saga takes over after.
    startSaga: () =>
      startSaga({
        databaseUrl: env.DATABASE_URL,
        env: { ...readSagaEnv(), SAGA_POLL_MS: 100 },
        logger,
      }),
    logger,
  });
  logger.info({ placed, orders: orders.length, seconds: seconds() }, 'demo orders ready');
  console.log(
    `Demo orders: ${placed} placed, ${orders.length - placed} already there (${seconds()} s in all).`,
  );
} finally {
  await pool.end();
}
