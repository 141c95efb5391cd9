import type { JetStreamClient } from '@nats-io/jetstream';
import {
  OutboxRelay,
  type RelayHealth,
  type RelayStatus,
  type XminHolder,
} from '@shop/domain/relay';
import pg from 'pg';
import type { Logger } from 'pino';
import type { WorkerEnv } from './env';
import type { Running } from './running';

/** How often the worker reads the relay's health (free: no query) for changes worth a line. */
const healthEveryMs = 1_000;
/** A holder older than this is a stall, not an append in flight: HeldBackWatch warns from here. */
const stallAgeMs = 1_000;
/** With no backend to name, held back across this many ms of inspections is a stall. */
const unnamedStallMs = 3_000;
const warnEveryMs = 10_000;

interface Stall {
  readonly since: number;
  heldBackBy: XminHolder | null;
  warnedAt: number;
}

/**
 * The health lines the relay's own logging lacks. Its status as a field, on every change (the
 * relay words each change differently, with nothing to filter on). While a named transaction holds
 * events back, HeldBackWatch already warns (rate-limited), so only two things are added: the end
 * of such a stall, and a stall with no backend to name (a prepared transaction), which it never
 * warns about.
 */
export function relayHealthLog(logger: Logger): (health: RelayHealth, now?: number) => void {
  let status: RelayStatus | undefined;
  let heldBackSince: number | undefined;
  let stall: Stall | undefined;
  return (health, now = Date.now()) => {
    const { checkpoint, eventsPublished, heldBackBy } = health;
    if (health.status !== status) {
      const previousStatus = status ?? null;
      logger.info(
        { status: health.status, previousStatus, checkpoint, eventsPublished },
        `relay status: ${health.status}`,
      );
      status = health.status;
    }
    // health() reports no hold-back unless the relay is active.
    if (!health.heldBackEvents) {
      if (stall && health.status === 'active') {
        const heldBackForMs = now - stall.since;
        logger.info(
          { heldBackForMs, heldBackBy: stall.heldBackBy, checkpoint },
          'events no longer held back: the relay publishes again',
        );
      }
      heldBackSince = stall = undefined;
      return;
    }
    heldBackSince ??= now;
    const stalled = heldBackBy
      ? heldBackBy.transactionAgeMs >= stallAgeMs
      : now - heldBackSince >= unnamedStallMs;
    if (!stalled) return;
    stall ??= { since: heldBackSince, heldBackBy, warnedAt: Number.NEGATIVE_INFINITY };
    stall.heldBackBy = heldBackBy ?? stall.heldBackBy;
    if (!heldBackBy && now - stall.warnedAt >= warnEveryMs) {
      stall.warnedAt = now;
      logger.warn(
        { heldBackForMs: now - stall.since, checkpoint },
        'events held back by a transaction no backend holds (prepared? see pg_prepared_xacts): ' +
          'the relay publishes nothing newer until it ends',
      );
    }
  };
}

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
  const relayLogger = logger.child({ component: 'relay' });
  const relay = new OutboxRelay({
    pool,
    listenConnectionString: env.DATABASE_URL,
    jetstream,
    subjectPrefix: env.EVENTS_SUBJECT_PREFIX,
    logger: relayLogger,
  });
  await relay.start();
  // First read a tick after start: by then the relay has asked for its lock (standby until then).
  const logHealth = relayHealthLog(relayLogger);
  const watch = setInterval(() => logHealth(relay.health()), healthEveryMs);
  watch.unref();
  return {
    name: 'relay',
    health: () => relay.health(),
    async stop() {
      clearInterval(watch);
      await relay.stop();
      logHealth(relay.health());
      await pool.end();
    },
  };
}
