import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPrismaClient, type ReadModelsPrisma } from '../prisma';
import { partitionOf } from './partitions';
import { readProjectionBacklog } from './projection-backlog';

let database: TestDatabase;
let prisma: ReadModelsPrisma;

beforeAll(async () => {
  database = await createTestDatabase('shop_backlog');
  prisma = createPrismaClient(database.connectionString);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

beforeEach(async () => {
  await prisma.$executeRaw`
    TRUNCATE events, projection_partition_checkpoints, projections, projection_dead_letters`;
});

const catalog = { name: 'catalog', categories: ['product'] } as const;

async function appendProductEvent(streamId: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, metadata)
    VALUES (${randomUUID()}::uuid, ${streamId}, 1, 'ProductAdded', 1, '{}'::jsonb, '{}'::jsonb)`;
}

async function addDeadLetter(status: 'failed' | 'parked', generation: number): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO projection_dead_letters (projection, generation, status, event_id, raw_body, error,
                                         attempts, first_failed_at, last_failed_at)
    VALUES ('catalog', ${generation}, ${status}, ${randomUUID()}::uuid, '{}', 'Error: boom', 5,
            now(), now())`;
}

const waitingIn = async (horizon: 'relayed' | 'committed') =>
  (await readProjectionBacklog(prisma, catalog, { horizon })).partitions.reduce(
    (sum, partition) => sum + partition.waiting,
    0,
  );

/**
 * Runs `during` while a transaction with a transaction id stays open on its own connection, so
 * that events committed meanwhile sit above pg_snapshot_xmin; rolls it back however it ends.
 */
async function withOpenTransaction(during: () => Promise<void>): Promise<void> {
  const blocker = new pg.Client({ connectionString: database.connectionString });
  await blocker.connect();
  try {
    await blocker.query('BEGIN');
    await blocker.query('SELECT pg_current_xact_id()');
    await during();
  } finally {
    await blocker.query('ROLLBACK');
    await blocker.end();
  }
}

describe('readProjectionBacklog', () => {
  it('counts each partition beyond its checkpoint, with when the checkpoint last moved', async () => {
    // `committed`: whether `relayed` sees a new event depends on every open transaction of the server.
    const streamId = `product-${randomUUID()}`;
    await appendProductEvent(streamId);
    await appendProductEvent(`inventory-${randomUUID()}`);
    const backlog = await readProjectionBacklog(prisma, catalog, { horizon: 'committed' });
    expect(backlog).toMatchObject({ rebuilding: false, failedDeadLetters: 0 });
    expect(backlog.partitions.map((partition) => partition.waiting)).toEqual(
      backlog.partitions.map((_, partition) => (partition === partitionOf(streamId) ? 1 : 0)),
    );
    expect(backlog.partitions.every((partition) => partition.updatedAt === null)).toBe(true);

    await prisma.$executeRaw`
      INSERT INTO projection_partition_checkpoints (projection, partition, transaction_id, global_position)
      SELECT 'catalog', ${partitionOf(streamId)}, transaction_id::text::bigint, global_position
        FROM events WHERE stream_id = ${streamId}`;
    const caughtUp = await readProjectionBacklog(prisma, catalog, { horizon: 'committed' });
    expect(await waitingIn('committed')).toBe(0);
    expect(caughtUp.partitions[partitionOf(streamId)]?.updatedAt).toBeInstanceOf(Date);
  });

  it('counts events above the oldest running transaction only with the committed horizon', async () => {
    await withOpenTransaction(async () => {
      await appendProductEvent(`product-${randomUUID()}`);
      expect(await waitingIn('relayed')).toBe(0);
      expect(await waitingIn('committed')).toBe(1);
    });
    // No check afterwards that `relayed` sees it: pg_snapshot_xmin is cluster-wide, so any other
    // open transaction on the server may still hold it back.
  });

  it("counts the active generation's failed dead letters, not parked ones or older generations", async () => {
    await prisma.$executeRaw`
      INSERT INTO projections (name, kind, categories, active_generation, ready)
      VALUES ('catalog', 'postgres', '["product"]'::jsonb, 2, true)`;
    await addDeadLetter('failed', 1);
    await addDeadLetter('parked', 2);
    const read = () => readProjectionBacklog(prisma, catalog, { horizon: 'committed' });
    expect((await read()).failedDeadLetters).toBe(0);

    await addDeadLetter('failed', 2);
    await addDeadLetter('failed', 2);
    expect(await read()).toMatchObject({ failedDeadLetters: 2, rebuilding: false });
  });

  it('says whether a rebuild fills the next generation', async () => {
    await prisma.$executeRaw`
      INSERT INTO projections (name, kind, categories, active_generation, rebuilding_generation, ready)
      VALUES ('catalog', 'postgres', '["product"]'::jsonb, 1, 2, true)`;
    expect(await readProjectionBacklog(prisma, catalog, { horizon: 'relayed' })).toMatchObject({
      rebuilding: true,
    });
  });
});
