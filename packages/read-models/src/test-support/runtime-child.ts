/**
 * The projection runtime in a process of its own, for tests that kill it: `node --import tsx
 * runtime-child.ts '<json config>'`. Prints "ready" once it owns every partition, and "hanging" when
 * it has stopped in the middle of a batch (config.hangAt).
 */
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { pino } from 'pino';
import { z } from 'zod';
import { createPrismaClient } from '../prisma';
import { startProjectionRuntime } from '../runtime/runtime';
import { fastSettings } from './runtime-harness';
import { recordingProjection } from './recording-projection';

const configSchema = z.object({
  connectionString: z.string(),
  natsUrl: z.string(),
  streamName: z.string(),
  subjectPrefix: z.string(),
  projection: z.string(),
  category: z.string(),
  /** The apply of this stream's version hangs forever, inside its batch's transaction. */
  hangAt: z.object({ streamId: z.string(), version: z.number().int() }).nullable(),
});
const config = configSchema.parse(JSON.parse(process.argv[2] ?? '{}'));

const nc = await connect({ servers: config.natsUrl });
const prisma = createPrismaClient(config.connectionString);
const projection = recordingProjection({ name: config.projection, categories: [config.category] });
const hanging: typeof projection = {
  ...projection,
  async apply(tx, event, target) {
    await projection.apply(tx, event, target);
    const { hangAt } = config;
    if (hangAt && event.streamId === hangAt.streamId && event.streamVersion === hangAt.version) {
      console.log('hanging');
      await new Promise(() => undefined);
    }
  },
};
const runtime = await startProjectionRuntime({
  prisma,
  connectionString: config.connectionString,
  jetstream: jetstream(nc),
  jetstreamManager: await jetstreamManager(nc),
  streamName: config.streamName,
  subjectPrefix: config.subjectPrefix,
  projections: [hanging],
  logger: pino({ level: 'warn' }),
  settings: fastSettings,
});
const ready = setInterval(() => {
  if (runtime.owned().length === 8) {
    clearInterval(ready);
    console.log('ready');
  }
}, 50);
process.once('SIGTERM', () => {
  void runtime.stop().then(async () => {
    await nc.close();
    await prisma.$disconnect();
    process.exit(0);
  });
});
