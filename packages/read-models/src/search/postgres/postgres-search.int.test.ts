import type { RecordedEvent } from '@shop/domain';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { afterAll, beforeAll, describe } from 'vitest';
import { createPrismaClient, type ReadModelsPrisma } from '../../prisma';
import { searchEngineBehaviour } from '../search-engine.behaviour';
import { createPostgresSearchEngine } from './postgres-search-engine';
import { makeGenerationLive } from '../test-support/live-generation';
import {
  postgresSearchProjection,
  postgresSearchProjectionName,
} from './postgres-search.projection';

let db: TestDatabase;
let prisma: ReadModelsPrisma;
let lastGeneration = 0;

beforeAll(async () => {
  db = await createTestDatabase('search_pg_test');
  prisma = createPrismaClient(db.connectionString);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

/** Each event in its own transaction, as the projection runtime applies it. */
async function applyEach(generation: number, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) {
    await prisma.$transaction((tx) => postgresSearchProjection.apply(tx, event, { generation }));
  }
}

describe('Postgres search engine', () => {
  // Every test reads and writes a generation of its own, so tests cannot see each other's rows.
  searchEngineBehaviour(async () => {
    const generation = ++lastGeneration;
    await makeGenerationLive(prisma, postgresSearchProjectionName, generation);
    return {
      engine: createPostgresSearchEngine({ prisma }),
      apply: (events) => applyEach(generation, events),
      close: () =>
        prisma.$transaction((tx) => postgresSearchProjection.dropGeneration(tx, generation)),
    };
  });
});
