import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { createPrismaClient, createSearchProjection } from '@shop/read-models';
import { postgresReadModels } from '@shop/read-models/read-side';
import { startProjectionRuntime } from '@shop/read-models/runtime';
import type { Logger } from 'pino';
import type { WorkerEnv } from './env';
import type { Running } from './running';

/**
 * Runs the projections: this worker takes the partitions whose Postgres locks it gets (a fair share
 * when several workers run), applies them in batches, answers rebuild requests, and on stop finishes
 * the batches in hand before letting its partitions go.
 */
export async function startProjectors(
  env: WorkerEnv,
  nats: { jetstream: JetStreamClient; jetstreamManager: JetStreamManager },
  logger: Logger,
): Promise<Running> {
  const prisma = createPrismaClient(env.DATABASE_URL);
  // Search goes to Elasticsearch when ELASTICSEARCH_URL is set, else to Postgres full-text search.
  const search = createSearchProjection({
    prisma,
    elasticsearchUrl: env.ELASTICSEARCH_URL,
    logger: logger.child({ component: 'search' }),
  });
  const runtime = await startProjectionRuntime({
    prisma,
    connectionString: env.DATABASE_URL,
    ...nats,
    streamName: env.EVENTS_STREAM,
    subjectPrefix: env.EVENTS_SUBJECT_PREFIX,
    // Each projection runs one consumer per partition of the log.
    projections: [...postgresReadModels, search],
    logger: logger.child({ component: 'projector' }),
    settings: { batchSize: env.PROJECTION_BATCH_SIZE },
  });
  return {
    name: 'projectors',
    async stop() {
      await runtime.stop();
      await prisma.$disconnect();
    },
  };
}
