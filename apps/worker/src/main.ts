/**
 * The worker: the shop's long-running processes (outbox relay, projectors), chosen with --only.
 * Composition root: configuration, connections, and a graceful stop on SIGINT/SIGTERM.
 */
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { ensureEventStream } from '@shop/domain/relay';
import { readEnv } from './env';
import { createLogger } from './logger';
import { startProjectors } from './projectors';
import { startRelay } from './relay';
import { parseRoles } from './roles';
import { startOrderSaga } from './saga/index';
import type { Running } from './running';

function configure() {
  try {
    return { env: readEnv(), roles: parseRoles(process.argv.slice(2)) };
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}

const { env, roles } = configure();
const logger = createLogger(env.LOG_LEVEL);

const nc = await connect({ servers: env.NATS_URL, name: `shop-worker-${[...roles].join('-')}` });
const nats = { jetstream: jetstream(nc), jetstreamManager: await jetstreamManager(nc) };
await ensureEventStream(nats.jetstreamManager, {
  streamName: env.EVENTS_STREAM,
  subjectPrefix: env.EVENTS_SUBJECT_PREFIX,
});

const running: Running[] = [];
if (roles.has('relay')) running.push(await startRelay(env, nats.jetstream, logger));
if (roles.has('projectors')) running.push(await startProjectors(env, nats, logger));
if (roles.has('saga')) running.push(await startOrderSaga(env, logger));
logger.info({ roles: [...roles], stream: env.EVENTS_STREAM }, 'worker started');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping');
  const results = await Promise.allSettled(running.map((part) => part.stop()));
  results.forEach((result, index) => {
    if (result.status === 'rejected') {
      logger.error({ err: result.reason, part: running[index]?.name }, 'stop failed');
    }
  });
  await nc.drain();
  logger.info('worker stopped');
  process.exit(results.some((result) => result.status === 'rejected') ? 1 : 0);
}

process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
