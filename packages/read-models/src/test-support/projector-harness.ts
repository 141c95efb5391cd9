import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { vi } from 'vitest';
import { catalogProjection } from '../catalog/catalog-product.store';
import { createPrismaClient, type ReadModelsPrisma } from '../prisma';
import { startProjector, type Projector, type ProjectorOptions } from '../runtime/projector';
import type { Projection } from '../runtime/projection';
import { captureLogger, type LogLine } from './capture-logger';
import { createTestStream, type TestStream } from './jetstream';

export interface ProjectorHarness {
  db: TestDatabase;
  prisma: ReadModelsPrisma;
  stream: TestStream;
  lines: LogLine[];
  start(
    projection?: Projection,
    options?: Partial<Pick<ProjectorOptions, 'maxDeliver' | 'consumerName' | 'retryDelayMs'>>,
  ): Promise<Projector>;
  /** Resolves once the consumer has settled (acked or terminated) every message up to `seq`. */
  settled(seq: number, consumerName?: string): Promise<void>;
  /** Stops what it started, deletes the stream and drops the database. */
  close(): Promise<void>;
}

/** A database, a stream and a logger of their own, for one projector test file. */
export async function createProjectorHarness(): Promise<ProjectorHarness> {
  const db = await createTestDatabase('read_models_test');
  const prisma = createPrismaClient(db.connectionString);
  const stream = await createTestStream();
  const { logger, lines } = captureLogger();
  const running = new Set<Projector>();

  return {
    db,
    prisma,
    stream,
    lines,
    async start(projection = catalogProjection, options = {}) {
      const projector = await startProjector({
        prisma,
        jetstream: stream.js,
        jetstreamManager: stream.jsm,
        streamName: stream.streamName,
        subjectPrefix: stream.subjectPrefix,
        projection,
        logger,
        ...options,
      });
      running.add(projector);
      return {
        async stop() {
          running.delete(projector);
          await projector.stop();
        },
      };
    },
    async settled(seq, consumerName = `projection-${catalogProjection.name}`) {
      await vi.waitFor(
        async () => {
          const info = await stream.jsm.consumers.info(stream.streamName, consumerName);
          if (info.ack_floor.stream_seq < seq)
            throw new Error(`${consumerName} has not settled ${seq}`);
        },
        { timeout: 15_000, interval: 50 },
      );
    },
    async close() {
      await Promise.all([...running].map((projector) => projector.stop()));
      await prisma.$disconnect();
      await stream.close();
      await db.drop();
    },
  };
}
