import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { createPrismaClient, type ReadModelsPrisma } from '@shop/read-models';
import { afterAll, beforeAll } from 'vitest';
import type { Session } from '../../auth/session-token';
import { routerCallerOf, type RouterCaller } from './router-caller';

export interface RouterTestDatabase {
  /** The read models of the file's database, for a test to put rows and checkpoints in. */
  readonly prisma: ReadModelsPrisma;
  /** The router as a request of `session` reaches it; anonymous by default. */
  caller(session?: Session | null): RouterCaller;
}

/**
 * A migrated database of the test file's own, opened before its tests and dropped after them.
 * Call it at the top of the file, before other hooks, so theirs run once it is open.
 */
export function routerTestDatabasePerFile(name: string): RouterTestDatabase {
  let opened: { database: TestDatabase; prisma: ReadModelsPrisma } | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(name);
    opened = { database, prisma: createPrismaClient(database.connectionString) };
  });
  afterAll(async () => {
    await opened?.prisma.$disconnect();
    await opened?.database.drop();
  });
  const prismaOf = (): ReadModelsPrisma => {
    if (!opened) throw new Error('The test database opens in beforeAll');
    return opened.prisma;
  };
  return {
    get prisma() {
      return prismaOf();
    },
    caller: (session = null) => routerCallerOf(prismaOf())(session),
  };
}
