import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { afterAll, beforeAll } from 'vitest';
import { createPrismaClient, type ReadModelsPrisma } from '../../prisma';

export interface ReadModelDatabase {
  readonly prisma: ReadModelsPrisma;
  /** Makes `generation` the one a projection's readers see. */
  activate(projection: string, generation: number): Promise<void>;
}

/** A migrated database of its own for one test file, dropped after it. */
export function useReadModelDatabase(): ReadModelDatabase {
  let db: TestDatabase | undefined;
  let prisma: ReadModelsPrisma | undefined;
  beforeAll(async () => {
    db = await createTestDatabase('read_models_test');
    prisma = createPrismaClient(db.connectionString);
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.drop();
  });
  const client = () => {
    if (!prisma) throw new Error('The read-model database is created in beforeAll');
    return prisma;
  };
  return {
    get prisma() {
      return client();
    },
    // As the runtime's swap does; the row is the runtime's, written here only to set up a test.
    async activate(projection, generation) {
      await client().projection.upsert({
        where: { name: projection },
        create: { name: projection, kind: 'postgres', activeGeneration: generation, ready: true },
        update: { activeGeneration: generation },
        select: { name: true },
      });
    },
  };
}
