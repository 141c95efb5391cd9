import { randomUUID } from 'node:crypto';
import { compareLogPositions, type CommandHandlerDeps } from '@shop/domain';
import { createTestDatabase } from '@shop/migrations/testing';
import { afterAll, beforeAll } from 'vitest';
import type { PostgresProjection, ReadModelsPrisma } from '@shop/read-models';
import { applyEvents } from '@shop/read-models/testing';
import type pg from 'pg';
import { signSession, type Session } from '../../../../server/auth/session-token';

/*
 * What the admin's integration tests share: a migrated database of their own that the web app's
 * services point at, a tRPC caller per session, and the session cookie next/headers answers with,
 * so the real guards judge each call. Call `vi.mock('next/headers', () => nextHeadersMock)` and
 * `vi.mock('server-only', () => ({}))` in the test file; import the app's modules (actions) in a
 * `beforeAll` after `adminTestWorldPerFile()`, since the app reads its configuration on import.
 */

const sessionSecret = `admin-tests-${randomUUID()}`;
let sessionCookie: string | undefined;

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) =>
      name === 'shop_session' && sessionCookie ? { name, value: sessionCookie } : undefined,
  }),
  headers: async () => new Headers(),
};

export const adminSession: Session = { role: 'admin', email: 'admin@shop.example' };
export const shopperSession: Session = {
  role: 'shopper',
  customerId: randomUUID(),
  email: 'ada@shop.example',
  name: 'Ada Lovelace',
};

/** Who the next server action runs as; null for an anonymous visitor. */
export function signInAs(session: Session | null): void {
  sessionCookie =
    session === null
      ? undefined
      : signSession(session, { secret: sessionSecret, now: new Date(), ttlSeconds: 600 });
}

const categoryOf = (streamId: string) => streamId.slice(0, streamId.indexOf('-'));

export async function openAdminTestWorld() {
  const database = await createTestDatabase('shop_web_admin');
  Object.assign(process.env, {
    DATABASE_URL: database.connectionString,
    SESSION_SECRET: sessionSecret,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  });
  const { services } = await import('../../../../server/services');
  const { appRouter } = await import('../../../../server/trpc/routers/_app');
  const { routerCallerOf } = await import('../../../../server/trpc/test-support/router-caller');
  const { commands, prisma, pool } = services();
  const applied = new Set<string>();

  // Every stream read whole, then put in log order: the log's own tail read (readAfter) holds back
  // while any transaction on the server is open, which other databases' work may keep doing.
  async function allEvents() {
    const { rows } = await pool.query<{ stream_id: string }>(
      'SELECT DISTINCT stream_id FROM events',
    );
    const streams = await Promise.all(
      rows.map(({ stream_id }) => commands.eventStore.readStream(stream_id)),
    );
    return streams.flat().sort(compareLogPositions);
  }

  return {
    deps: commands as CommandHandlerDeps,
    prisma: prisma as ReadModelsPrisma,
    pool: pool as pg.Pool,
    appRouter,
    caller: routerCallerOf(prisma),
    async countEvents(): Promise<number> {
      const { rows } = await pool.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM events',
      );
      return rows[0]?.count ?? 0;
    },
    /** Applies the events the projection has not seen yet, as its runtime would. */
    async project(projection: PostgresProjection): Promise<void> {
      const fresh = (await allEvents()).filter(
        (event) =>
          !applied.has(`${projection.name}/${event.eventId}`) &&
          projection.categories.includes(categoryOf(event.streamId)) &&
          projection.handles.includes(event.type),
      );
      await applyEvents(prisma, projection, fresh);
      for (const event of fresh) applied.add(`${projection.name}/${event.eventId}`);
    },
    async close(): Promise<void> {
      await prisma.$disconnect();
      await pool.end();
      await database.drop();
    },
  };
}

export type AdminTestWorld = Awaited<ReturnType<typeof openAdminTestWorld>>;
export type AdminCaller = ReturnType<AdminTestWorld['caller']>;

/** Opens a world before the file's tests and closes it after; call it before other hooks. */
export function adminTestWorldPerFile(): () => AdminTestWorld {
  let world: AdminTestWorld | undefined;
  beforeAll(async () => {
    world = await openAdminTestWorld();
  });
  afterAll(() => world?.close());
  return () => {
    if (!world) throw new Error('The admin test world opens in beforeAll');
    return world;
  };
}
