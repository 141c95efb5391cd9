import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type { PaymentGateway } from '@shop/payments';
import pg from 'pg';
import { pino } from 'pino';
import { waitFor } from '../../test-support/run-worker-script';
import type { Running } from '../../running';
import type { SagaEnv } from '../env';
import { startSaga } from '../start-saga';
import { openShop, type Shop } from './shop';

/** Short times, so that timeouts and retries happen within a test. */
export const fastSagaEnv: SagaEnv = {
  SAGA_PAYMENT_TIMEOUT_MS: 2_000,
  SAGA_PAYMENT_CALL_TIMEOUT_MS: 400,
  SAGA_ACTION_LEASE_MS: 1_500,
  SAGA_MAX_ATTEMPTS: 6,
  SAGA_RETRY_BASE_MS: 50,
  SAGA_POLL_MS: 100,
};

export interface SagaWorld {
  readonly database: TestDatabase;
  readonly pool: pg.Pool;
  readonly shop: Shop;
  startSaga(options?: { gateway?: (pool: pg.Pool) => PaymentGateway }): Promise<Running>;
  sagaStatus(orderId: string): Promise<string | null>;
  waitForSaga(orderId: string, statuses: readonly string[], timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export async function openSagaWorld(prefix: string): Promise<SagaWorld> {
  const database = await createTestDatabase(prefix);
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 6 });
  pool.on('error', () => undefined);
  const started: Running[] = [];
  const sagaStatus = async (orderId: string) => {
    const { rows } = await pool.query<{ status: string }>(
      'SELECT status FROM order_sagas WHERE order_id = $1',
      [orderId],
    );
    return rows[0]?.status ?? null;
  };
  return {
    database,
    pool,
    shop: openShop(pool),
    async startSaga(options = {}) {
      const running = await startSaga({
        databaseUrl: database.connectionString,
        env: fastSagaEnv,
        logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
        ...options,
      });
      started.push(running);
      return running;
    },
    sagaStatus,
    waitForSaga: (orderId, statuses, timeoutMs = 20_000) =>
      waitFor(
        async () => {
          const status = await sagaStatus(orderId);
          return status && statuses.includes(status) ? status : undefined;
        },
        { timeoutMs, what: `the saga of ${orderId} to be ${statuses.join(' or ')}` },
      ),
    async close() {
      await Promise.all(started.map((running) => running.stop().catch(() => undefined)));
      await pool.end();
      await database.drop();
    },
  };
}
