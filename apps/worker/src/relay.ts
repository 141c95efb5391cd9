import type { JetStreamClient } from '@nats-io/jetstream';
import { OutboxRelay } from '@shop/domain/relay';
import pg from 'pg';
import type { Logger } from 'pino';
import type { WorkerEnv } from './env';
import type { Running } from './running';

/**
 * Starts the outbox relay. Any number of workers may run it: one holds the relay's Postgres lock
 * and publishes, the others stand by and take over within seconds if it stops or its connection dies.
 */
export async function startRelay(
  env: WorkerEnv,
  jetstream: JetStreamClient,
  logger: Logger,
): Promise<Running> {
  // The relay reads the next batch while it checkpoints the previous one, and asks who holds
  // events back: a few connections (its lock lives on a dedicated one outside the pool).
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: 4,
    application_name: 'shop-relay-pool',
  });
  // An idle client's connection error is reported here; unhandled, it would end the process.
  pool.on('error', (error) => logger.warn({ err: error }, 'idle Postgres connection failed'));
  const relay = new OutboxRelay({
    pool,
    listenConnectionString: env.DATABASE_URL,
    jetstream,
    subjectPrefix: env.EVENTS_SUBJECT_PREFIX,
    logger: logger.child({ component: 'relay' }),
  });
  await relay.start();
  return {
    name: 'relay',
    async stop() {
      await relay.stop();
      await pool.end();
    },
  };
}
