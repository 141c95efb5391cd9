import 'server-only';
import { StreamStateCache, type CommandHandlerDeps } from '@shop/domain';
import { PostgresEventStore, PostgresSnapshotStore } from '@shop/domain/event-store';
import { createPrismaClient, type ReadModelsPrisma } from '@shop/read-models';
import pg from 'pg';
import { env } from '../env';
import { logger } from './logger';

export interface Services {
  /** What every command service needs: the event store, snapshots and a logger. */
  readonly commands: CommandHandlerDeps;
  readonly prisma: ReadModelsPrisma;
  /** The write side's pool, for the few stores beside the event store (saved payment methods). */
  readonly pool: pg.Pool;
}

// Kept on globalThis so that `next dev` hot reloads reuse the pools instead of leaking connections.
const holder = globalThis as typeof globalThis & { shopServices?: Services };

function createServices(): Services {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
  // An idle client that loses its connection emits 'error'; unhandled, it would crash the server.
  pool.on('error', (error) => logger.error({ err: error }, 'idle Postgres client failed'));
  return {
    commands: {
      eventStore: new PostgresEventStore(pool, logger.child({ component: 'event-store' })),
      snapshotStore: new PostgresSnapshotStore(pool),
      logger,
      // Safe beside other processes writing the same streams: a stale state costs a conflict.
      stateCache: new StreamStateCache(),
    },
    prisma: createPrismaClient(env.DATABASE_URL),
    pool,
  };
}

/** One event store and one read-model client per server process, created on first use. */
export function services(): Services {
  return (holder.shopServices ??= createServices());
}
