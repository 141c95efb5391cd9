import { StreamStateCache } from '@shop/domain';
import { PostgresEventStore, PostgresSnapshotStore } from '@shop/domain/event-store';
import { DemoPaymentGateway, type PaymentGateway } from '@shop/payments';
import pg from 'pg';
import type { Logger } from 'pino';
import type { Running } from '../running';
import type { SagaEnv } from './env';
import { SagaExecutor } from './saga-executor';
import { SagaReactor } from './saga-reactor';

export const orderSagaName = 'order-fulfillment';

export interface StartSagaOptions {
  readonly databaseUrl: string;
  readonly env: SagaEnv;
  readonly logger: Logger;
  /** The provider; the demo one (test cards, books in Postgres) unless another is given. */
  readonly gateway?: (pool: pg.Pool) => PaymentGateway;
}

/**
 * Starts the order saga: the reactor feeds it the log, the executor runs what it asks for. Any
 * number of workers may run it: the checkpoint lets one batch of events through at a time, and
 * actions are claimed with SKIP LOCKED and a lease.
 */
export async function startSaga({
  databaseUrl,
  env,
  logger,
  gateway,
}: StartSagaOptions): Promise<Running> {
  const log = logger.child({ component: 'saga' });
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 8,
    application_name: 'shop-saga-pool',
  });
  pool.on('error', (error) => log.warn({ err: error }, 'idle Postgres connection failed'));
  const stopping = new AbortController();
  const policy = { paymentTimeoutMs: env.SAGA_PAYMENT_TIMEOUT_MS };
  const executor = new SagaExecutor({
    pool,
    policy,
    deps: {
      commands: {
        eventStore: new PostgresEventStore(pool, log),
        // Inventory streams grow with every order: their snapshots keep the saga's loads short.
        snapshotStore: new PostgresSnapshotStore(pool),
        logger: log,
        stateCache: new StreamStateCache(),
      },
      payments: {
        gateway: gateway?.(pool) ?? new DemoPaymentGateway(pool),
        db: pool,
        callTimeoutMs: env.SAGA_PAYMENT_CALL_TIMEOUT_MS,
        stopping: stopping.signal,
      },
    },
    leaseMs: env.SAGA_ACTION_LEASE_MS,
    maxAttempts: env.SAGA_MAX_ATTEMPTS,
    retryBaseMs: env.SAGA_RETRY_BASE_MS,
    pollMs: env.SAGA_POLL_MS,
    logger: log,
  });
  const reactor = new SagaReactor({
    pool,
    listenConnectionString: databaseUrl,
    sagaName: orderSagaName,
    policy,
    pollMs: env.SAGA_POLL_MS,
    onActions: () => executor.wake(),
    logger: log,
  });
  await reactor.start();
  executor.start();
  log.info(
    { paymentTimeoutMs: policy.paymentTimeoutMs, leaseMs: env.SAGA_ACTION_LEASE_MS },
    'saga started',
  );
  return {
    name: 'saga',
    health: () => ({ fedUpTo: reactor.progress, actionsInFlight: executor.actionsInFlight }),
    async stop() {
      stopping.abort();
      await Promise.all([reactor.stop(), executor.stop()]);
      await pool.end();
      log.info('saga stopped');
    },
  };
}
