import type {
  ConsumerMessages,
  ConsumerNotification,
  JetStreamClient,
  JetStreamManager,
} from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { ReadModelsPrisma } from '../prisma';
import { ensureDurableConsumer } from './durable-consumer';
import { createMessageHandler } from './handle-message';
import type { Projection } from './projection';
import { retryDelayMs as defaultRetryDelayMs } from './retry';

export interface ProjectorOptions {
  prisma: ReadModelsPrisma;
  jetstream: JetStreamClient;
  jetstreamManager: JetStreamManager;
  streamName: string;
  /** Subjects are `<subjectPrefix>.<category>.<streamId>`. */
  subjectPrefix: string;
  projection: Projection;
  logger: Logger;
  /** Deliveries of one event before it is given up (terminated). */
  maxDeliver?: number;
  consumerName?: string;
  /** Redelivery delay after a failed delivery; tests shorten it. */
  retryDelayMs?: (deliveryCount: number) => number;
}

export interface Projector {
  /** Stops pulling, finishes and settles the message in hand, then resolves. */
  stop(): Promise<void>;
}

// Longer than a Prisma interactive transaction may run (5 s by default), so a message is never
// redelivered while its apply is still in progress.
const ackWaitMs = 30_000;

/** Runs a projection from its durable JetStream consumer until stopped. */
export async function startProjector(options: ProjectorOptions): Promise<Projector> {
  const { jetstream, jetstreamManager, streamName, projection, maxDeliver = 5 } = options;
  const consumerName = options.consumerName ?? `projection-${projection.name}`;
  const logger = options.logger.child({ projection: projection.name, consumer: consumerName });
  await ensureDurableConsumer(jetstreamManager, {
    streamName,
    consumerName,
    filterSubject: `${options.subjectPrefix}.${projection.subjectFilter}.>`,
    maxDeliver,
    ackWaitMs,
  });
  const consumer = await jetstream.consumers.get(streamName, consumerName);
  // The server holds back all but one unacknowledged message anyway; asking for one keeps no
  // prefetched message in the client that a stop would leave waiting for its ack_wait.
  const messages = await consumer.consume({ max_messages: 1 });
  const handle = createMessageHandler({
    prisma: options.prisma,
    projection,
    logger,
    maxDeliver,
    retryDelayMs: options.retryDelayMs ?? defaultRetryDelayMs,
  });
  void logStatus(messages, logger).catch(() => undefined);
  let stopping = false;
  const running = (async () => {
    for await (const msg of messages) await handle(msg);
    // The iterator also ends when the connection closes: a projector that quietly stops reading
    // would look like an idle one.
    if (!stopping) logger.error('Projector stopped without being asked to');
  })().catch((error: unknown) => logger.error({ err: error }, 'Projector stopped on an error'));
  logger.info({ stream: streamName }, 'Projector started');

  return {
    async stop() {
      stopping = true;
      await messages.close();
      await running;
      logger.info('Projector stopped');
    },
  };
}

const troubles = new Set<ConsumerNotification['type']>([
  'consumer_deleted',
  'consumer_not_found',
  'stream_not_found',
  'heartbeats_missed',
  'no_responders',
  'exceeded_limits',
]);

/** The consumer's own troubles (deleted, server gone) would otherwise pass unseen. */
async function logStatus(messages: ConsumerMessages, logger: Logger): Promise<void> {
  for await (const status of messages.status()) {
    if (troubles.has(status.type)) logger.warn({ status }, 'Consumer trouble');
    else logger.debug({ status }, 'Consumer status');
  }
}
