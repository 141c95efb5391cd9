import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { ReadModelsPrisma } from '../prisma';
import { Coordinator, runsKey } from './coordinator';
import { assertProjectionName } from './durable-consumer';
import { prepareProjection } from './generation-lifecycle';
import { LockSession } from './lock-session';
import type { Projection } from './projection';
import { RebuildRunner } from './rebuild-runner';
import { defaultSettings, type RuntimeSettings } from './settings';
import { Sleeper } from './sleeper';
import { StreamTail } from './stream-tail';

export interface ProjectionRuntimeOptions {
  readonly prisma: ReadModelsPrisma;
  /** For the dedicated session that holds this worker's partition and rebuild locks. */
  readonly connectionString: string;
  readonly jetstream: JetStreamClient;
  readonly jetstreamManager: JetStreamManager;
  readonly streamName: string;
  /** Subjects are `<subjectPrefix>.<category>.<partition>.<streamId>` (the relay's). */
  readonly subjectPrefix: string;
  readonly projections: readonly Projection[];
  readonly logger: Logger;
  /** Names this worker in checkpoints and heartbeats; unique per process by default. */
  readonly owner?: string;
  readonly settings?: Partial<RuntimeSettings>;
}

export interface ProjectionRuntime {
  /** The partitions this process works right now. */
  owned(): { projection: string; partition: number }[];
  /** Finishes the batches in hand, then releases every partition and rebuild. */
  stop(): Promise<void>;
}

/**
 * Runs the projections in this process: one consumer per partition it can lock (a fair share when
 * several workers run), heartbeats, and the rebuilds asked of its projections.
 */
export async function startProjectionRuntime(
  options: ProjectionRuntimeOptions,
): Promise<ProjectionRuntime> {
  const settings = { ...defaultSettings, ...options.settings };
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const logger = options.logger.child({ component: 'projections', owner });
  for (const { name } of options.projections) assertProjectionName(name);
  for (const projection of options.projections)
    await prepareProjection(options.prisma, projection, logger);

  const ctx = {
    prisma: options.prisma,
    js: options.jetstream,
    jsm: options.jetstreamManager,
    streamName: options.streamName,
    subjectPrefix: options.subjectPrefix,
    logger,
    settings,
    streamTail: new StreamTail(
      options.jetstreamManager,
      options.streamName,
      settings.catchUpEveryMs / 2,
    ),
    owner,
  };
  const sleeper = new Sleeper();
  const session = new LockSession({
    connectionString: options.connectionString,
    owner,
    logger,
    announce: options.projections.map(({ name }) => runsKey(name)),
  });
  const coordinator = new Coordinator(ctx, session, options.projections, logger);
  const rebuilds = new RebuildRunner(ctx, session, options.projections, logger);
  await session.connect();

  const loop = (async () => {
    let lastRebuildPoll = 0;
    while (!sleeper.isStopped) {
      try {
        if (!session.connected) {
          // Its locks died with the connection: whoever takes them now owns those partitions.
          await Promise.all([coordinator.stopAll(false), rebuilds.stopAll()]);
          await session.connect();
        }
        await coordinator.review();
        if (Date.now() - lastRebuildPoll >= settings.rebuildPollMs) {
          lastRebuildPoll = Date.now();
          await rebuilds.poll();
        }
      } catch (error) {
        logger.warn({ err: error }, 'projection runtime review failed; retrying');
      }
      await sleeper.sleep(settings.heartbeatMs);
    }
  })();
  logger.info(
    { projections: options.projections.map(({ name }) => name) },
    'projection runtime started',
  );

  return {
    owned: () => coordinator.owned(),
    async stop() {
      sleeper.stop();
      await loop;
      await Promise.all([coordinator.stopAll(true), rebuilds.stopAll()]);
      await session.end();
      logger.info('projection runtime stopped');
    },
  };
}
