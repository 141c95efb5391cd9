import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import { catalogProjection, createPrismaClient } from '@shop/read-models';
import { startProjector } from '@shop/read-models/runtime';
import type { Logger } from 'pino';
import type { WorkerEnv } from './env';
import type { Running } from './running';

/** Every Postgres projection the read side keeps, each on its own durable consumer. */
const projections = [catalogProjection];

export async function startProjectors(
  env: WorkerEnv,
  nats: { jetstream: JetStreamClient; jetstreamManager: JetStreamManager },
  logger: Logger,
): Promise<Running> {
  const prisma = createPrismaClient(env.DATABASE_URL);
  const running = await Promise.all(
    projections.map((projection) =>
      startProjector({
        prisma,
        ...nats,
        streamName: env.EVENTS_STREAM,
        subjectPrefix: env.EVENTS_SUBJECT_PREFIX,
        projection,
        logger: logger.child({ component: 'projector' }),
      }),
    ),
  );
  return {
    name: 'projectors',
    async stop() {
      await Promise.all(running.map((projector) => projector.stop()));
      await prisma.$disconnect();
    },
  };
}
