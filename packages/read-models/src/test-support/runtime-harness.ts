import { randomBytes, randomUUID } from 'node:crypto';
import {
  jetstream,
  jetstreamManager,
  type JetStreamClient,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { RecordedEvent } from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import { ensureEventStream, OutboxRelay } from '@shop/domain/relay';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { createPrismaClient, type ReadModelsPrisma } from '../prisma';
import type { Projection } from '../runtime/projection';
import { startProjectionRuntime, type ProjectionRuntime } from '../runtime/runtime';
import type { RuntimeSettings } from '../runtime/settings';
import { captureLogger, type LogLine } from './capture-logger';
import { createRecordingTable } from './recording-projection';

const natsUrl = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/** Short waits everywhere, so tests of retries, heartbeats and idle catch-up run in seconds. */
export const fastSettings: Partial<RuntimeSettings> = {
  batchSize: 200,
  retry: { maxAttempts: 3, retryDelayMs: () => 50, transientDelayMs: () => 100 },
  idleWaitMs: 50,
  catchUpEveryMs: 200,
  heartbeatMs: 200,
  rebuildPollMs: 200,
};

export interface RuntimeHarness {
  readonly db: TestDatabase;
  readonly prisma: ReadModelsPrisma;
  readonly pool: pg.Pool;
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly streamName: string;
  readonly subjectPrefix: string;
  readonly lines: LogLine[];
  /** Appends one event to `streamId` in the event store; the relay publishes it. */
  append(streamId: string, type?: string, data?: unknown): Promise<RecordedEvent>;
  /** Appends `count` events to `streamId` in one transaction. */
  appendMany(streamId: string, count: number, type?: string): Promise<RecordedEvent[]>;
  /** Starts a runtime of `projections` in this process; close() stops it. */
  start(
    projections: readonly Projection[],
    settings?: Partial<RuntimeSettings>,
  ): Promise<ProjectionRuntime>;
  /** Stops what it started, deletes the stream and drops the database. */
  close(): Promise<void>;
}

/** A database, a JetStream stream, the relay between them and a logger, for one test file. */
export async function createRuntimeHarness(
  options: { relay?: boolean } = {},
): Promise<RuntimeHarness> {
  const db = await createTestDatabase('runtime_test');
  const prisma = createPrismaClient(db.connectionString);
  await prisma.$executeRawUnsafe(createRecordingTable);
  const pool = new pg.Pool({ connectionString: db.connectionString, max: 4 });
  // Dropping the database ends connections the pool is still closing: expected, not a failure.
  pool.on('error', () => undefined);
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const streamName = `RUNTIME_TEST_${suffix}`;
  const subjectPrefix = `runtime_test_${suffix}.events`;
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  await ensureEventStream(jsm, { streamName, subjectPrefix });
  const { logger, lines } = captureLogger();
  const quiet = pino({ level: 'silent' });
  const store = new PostgresEventStore(pool, quiet);
  const relay = new OutboxRelay({
    pool,
    listenConnectionString: db.connectionString,
    jetstream: js,
    subjectPrefix,
    logger: quiet,
    idlePollMs: 100,
    lockPollMs: 100,
  });
  if (options.relay !== false) await relay.start();
  const runtimes = new Set<ProjectionRuntime>();

  return {
    db,
    prisma,
    pool,
    nc,
    js,
    jsm,
    streamName,
    subjectPrefix,
    lines,
    async append(streamId, type = 'Happened', data = {}) {
      const [event] = await appendEvents(store, streamId, 1, type, data);
      if (!event) throw new Error('nothing appended');
      return event;
    },
    appendMany: (streamId, count, type = 'Happened') =>
      appendEvents(store, streamId, count, type, {}),
    async start(projections, settings = {}) {
      const runtime = await startProjectionRuntime({
        prisma,
        connectionString: db.connectionString,
        jetstream: js,
        jetstreamManager: jsm,
        streamName,
        subjectPrefix,
        projections,
        logger,
        settings: { ...fastSettings, ...settings },
      });
      runtimes.add(runtime);
      return {
        owned: () => runtime.owned(),
        async stop() {
          runtimes.delete(runtime);
          await runtime.stop();
        },
      };
    },
    async close() {
      await Promise.all([...runtimes].map((runtime) => runtime.stop()));
      if (options.relay !== false) await relay.stop();
      await jsm.streams.delete(streamName).catch(() => undefined);
      await nc.close();
      await prisma.$disconnect();
      await pool.end();
      await db.drop();
    },
  };
}

async function appendEvents(
  store: PostgresEventStore,
  streamId: string,
  count: number,
  type: string,
  data: unknown,
): Promise<RecordedEvent[]> {
  const correlationId = randomUUID();
  const result = await store.appendToStream(
    streamId,
    'any',
    Array.from({ length: count }, () => ({
      eventId: randomUUID(),
      type,
      schemaVersion: 1,
      data,
      metadata: { correlationId, causationId: correlationId, actor: 'test' },
    })),
  );
  if (!result.ok) throw new Error(result.error.message);
  return [...result.value.events];
}
