import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { freePort, start, stop, waitForHttp, type Started } from './processes';
import { e2eAdmin, e2eSessionSecret } from './sign-in';

const webDir = fileURLToPath(new URL('../..', import.meta.url));
const repoDir = path.resolve(webDir, '../..');
const workerMain = path.join(repoDir, 'apps/worker/src/main.ts');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';

/** The worker's roles (apps/worker/src/roles.ts); each spec starts the ones it needs. */
export type WorkerRole = 'relay' | 'projectors' | 'saga';

/**
 * Everything one spec runs against, all real: its own migrated database, its own JetStream stream
 * and subjects, `next start` on a free port, and workers started on demand.
 */
export interface World {
  readonly baseUrl: string;
  readonly streamName: string;
  /** The spec's own database, for writing a history straight into its event store. */
  readonly databaseUrl: string;
  startWorker(only: WorkerRole): Promise<void>;
  /** Stops the workers started with `only` (they drain and exit), as an outage would. */
  stopWorker(only: WorkerRole): Promise<void>;
  countEvents(): Promise<number>;
  streamMessages(): Promise<number>;
  dispose(): Promise<void>;
}

export async function createWorld(logDir: string): Promise<World> {
  const id = randomBytes(4).toString('hex');
  const streamName = `E2E_EVENTS_${id}`;
  const processes: Started[] = [];
  let database: TestDatabase | undefined;
  let nc: NatsConnection | undefined;
  let pool: pg.Pool | undefined;

  const dispose = async () => {
    await Promise.all(processes.map((started) => stop(started)));
    if (nc) {
      const jsm = await jetstreamManager(nc);
      await jsm.streams.delete(streamName).catch(() => false);
      await nc.close();
    }
    await pool?.end();
    await database?.drop();
  };

  try {
    database = await createTestDatabase('shop_e2e');
    const sql = (pool = new pg.Pool({ connectionString: database.connectionString, max: 2 }));
    nc = await connect({ servers: natsUrl });
    const jsm = await jetstreamManager(nc);
    const env = {
      ...process.env,
      DATABASE_URL: database.connectionString,
      NATS_URL: natsUrl,
      EVENTS_STREAM: streamName,
      EVENTS_SUBJECT_PREFIX: `e2e_${id}.events`,
      SESSION_SECRET: e2eSessionSecret,
      ADMIN_EMAIL: e2eAdmin.email,
      ADMIN_PASSWORD: e2eAdmin.password,
      PUBLIC_URL: 'http://127.0.0.1',
    };
    const port = await freePort();
    const next = await start(
      'next',
      process.execPath,
      [nextBin, 'start', '-p', `${port}`, '-H', '127.0.0.1'],
      {
        cwd: webDir,
        env: { ...env, PORT: `${port}` },
        logDir,
      },
    );
    processes.push(next);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitForHttp(`${baseUrl}/sign-in`, next);

    return {
      baseUrl,
      streamName,
      databaseUrl: database.connectionString,
      async startWorker(only) {
        const worker = await start(
          `worker-${only}`,
          process.execPath,
          ['--import', 'tsx', workerMain, '--only', only],
          { cwd: repoDir, env, logDir },
        );
        processes.push(worker);
      },
      async stopWorker(only) {
        const workers = processes.filter((started) => started.name === `worker-${only}`);
        await Promise.all(workers.map((started) => stop(started)));
      },
      async countEvents() {
        const { rows } = await sql.query<{ count: number }>(
          'SELECT count(*)::int AS count FROM events',
        );
        return rows[0]?.count ?? 0;
      },
      async streamMessages() {
        const info = await jsm.streams.info(streamName).catch(() => null);
        return info?.state.messages ?? 0;
      },
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}
