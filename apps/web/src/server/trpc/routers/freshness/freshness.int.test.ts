import { randomUUID } from 'node:crypto';
import { productStreamId } from '@shop/domain';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { createPrismaClient, partitionOf, type ReadModelsPrisma } from '@shop/read-models';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCallerFactory } from '../../init';
import { appRouter } from '../_app';
import { backlogTtlMs } from './backlog-cache';
import { appendEvent, setCheckpoint } from './freshness.test-support';

vi.mock('server-only', () => ({}));

let database: TestDatabase;
let prisma: ReadModelsPrisma;
const createCaller = createCallerFactory(appRouter);
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  database = await createTestDatabase('shop_web_freshness');
  prisma = createPrismaClient(database.connectionString);
  caller = createCaller({ prisma, source: 'test', session: null });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

// A status answer is shared for backlogTtlMs: after changing the state, wait that long to see it.
const afterCachedAnswers = () => new Promise((resolve) => setTimeout(resolve, backlogTtlMs + 10));

beforeEach(async () => {
  await prisma.$executeRaw`
    TRUNCATE events, projection_partition_checkpoints, projections, projection_dead_letters`;
  await afterCachedAnswers();
});

const freshnessOf = async (projection: 'catalog' | 'cart' | 'search') => {
  await afterCachedAnswers();
  const { projections } = await caller.freshness.status({ projections: [projection] });
  return projections[0];
};

describe('freshness.checkpoint', () => {
  it('says whether the partition holding the stream has applied the write', async () => {
    const streamId = productStreamId(randomUUID());
    const written = await appendEvent(prisma, { streamId });
    const awaiting = { streamId, position: written.position };

    expect(await caller.freshness.checkpoint({ projection: 'catalog', awaiting })).toEqual({
      reached: false,
      partition: partitionOf(streamId),
      checkpoint: null,
    });
    const other = (partitionOf(streamId) + 1) % 8;
    await setCheckpoint(prisma, { projection: 'catalog', partition: other, at: written });
    expect((await caller.freshness.checkpoint({ projection: 'catalog', awaiting })).reached).toBe(
      false,
    );

    await setCheckpoint(prisma, {
      projection: 'catalog',
      partition: written.partition,
      at: written,
    });
    expect(await caller.freshness.checkpoint({ projection: 'catalog', awaiting })).toEqual({
      reached: true,
      partition: written.partition,
      checkpoint: written.position,
    });
    // Another read model has its own checkpoints.
    expect((await caller.freshness.checkpoint({ projection: 'cart', awaiting })).reached).toBe(
      false,
    );
  });

  it('reads the engine-fed search projection when asked for `search`', async () => {
    const streamId = productStreamId(randomUUID());
    const written = await appendEvent(prisma, { streamId });
    const awaiting = { streamId, position: written.position };
    await setCheckpoint(prisma, {
      projection: 'search-postgres',
      partition: written.partition,
      at: written,
    });
    expect((await caller.freshness.checkpoint({ projection: 'search', awaiting })).reached).toBe(
      true,
    );
  });

  it('refuses a projection it does not know and a position that is not one', async () => {
    const streamId = productStreamId(randomUUID());
    await expect(
      caller.freshness.checkpoint({
        // @ts-expect-error: a tampered request names a table rather than a projection.
        projection: 'events; drop table events',
        awaiting: { streamId, position: '1:2' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller.freshness.checkpoint({
        projection: 'catalog',
        awaiting: { streamId, position: '10:12; drop table' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller.freshness.checkpoint({
        projection: 'catalog',
        awaiting: { streamId: '', position: '1:2' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('freshness.status', () => {
  it('is live when nothing waits', async () => {
    const answer = await caller.freshness.status({ projections: ['catalog', 'cart'] });
    expect(answer.staleAfterSeconds).toBe(2);
    expect(answer.projections).toEqual([
      {
        projection: 'catalog',
        status: 'live',
        stale: false,
        lagSeconds: 0,
        lagEvents: 0,
        lagCapped: false,
      },
      {
        projection: 'cart',
        status: 'live',
        stale: false,
        lagSeconds: 0,
        lagEvents: 0,
        lagCapped: false,
      },
    ]);
  });

  it('is lagging once an event of its categories waits beyond the bound, and live once applied', async () => {
    const streamId = productStreamId(randomUUID());
    const written = await appendEvent(prisma, { streamId, secondsAgo: 3 });
    // Its partition moved recently: progressing, not stalled.
    await setCheckpoint(prisma, { projection: 'catalog', partition: written.partition, at: null });

    expect(await freshnessOf('catalog')).toMatchObject({
      status: 'lagging',
      stale: true,
      lagEvents: 1,
    });
    expect((await freshnessOf('catalog'))?.lagSeconds).toBeGreaterThanOrEqual(3);
    // A cart read model does not read product events.
    expect(await freshnessOf('cart')).toMatchObject({ status: 'live', stale: false });

    await setCheckpoint(prisma, {
      projection: 'catalog',
      partition: written.partition,
      at: written,
    });
    expect(await freshnessOf('catalog')).toMatchObject({
      status: 'live',
      stale: false,
      lagEvents: 0,
    });
  });

  it('is stalled when events wait and nothing moved for the stall bound', async () => {
    const written = await appendEvent(prisma, {
      streamId: productStreamId(randomUUID()),
      secondsAgo: 8,
    });
    await setCheckpoint(prisma, {
      projection: 'catalog',
      partition: written.partition,
      at: null,
      movedSecondsAgo: 30,
    });
    expect(await freshnessOf('catalog')).toMatchObject({ status: 'stalled', stale: true });
    expect(await freshnessOf('search')).toMatchObject({ status: 'stalled', stale: true });
  });

  it('is rebuilding while a rebuild fills the next generation', async () => {
    await prisma.$executeRaw`
      INSERT INTO projections (name, kind, categories, active_generation, rebuilding_generation, ready)
      VALUES ('catalog', 'postgres', '["product","inventory"]'::jsonb, 1, 2, true)`;
    expect(await freshnessOf('catalog')).toMatchObject({ status: 'rebuilding', stale: true });
    expect(await freshnessOf('cart')).toMatchObject({ status: 'live' });
  });

  it('is failed while failed dead letters of its active generation wait, and live once retried', async () => {
    const deadLetter = (status: 'failed' | 'parked') => prisma.$executeRaw`
      INSERT INTO projection_dead_letters (projection, generation, status, event_id, raw_body,
                                           error, attempts, first_failed_at, last_failed_at)
      VALUES ('catalog', 1, ${status}, ${randomUUID()}::uuid, '{}', 'Error: boom', 5, now(), now())`;
    await deadLetter('parked');
    expect(await freshnessOf('catalog')).toMatchObject({ status: 'live', stale: false });

    await deadLetter('failed');
    expect(await freshnessOf('catalog')).toMatchObject({ status: 'failed', stale: true });
    expect(await freshnessOf('cart')).toMatchObject({ status: 'live' });

    await prisma.$executeRaw`DELETE FROM projection_dead_letters WHERE status = 'failed'`;
    expect(await freshnessOf('catalog')).toMatchObject({ status: 'live', stale: false });
  });

  it('answers concurrent pages from one backlog query per projection', async () => {
    const poll = () => caller.freshness.status({ projections: ['catalog', 'cart'] });
    const answers = await Promise.all(Array.from({ length: 12 }, poll));
    // checkedAt is the database's clock_timestamp() of the query: one query, one instant.
    const instants = new Set(answers.map((answer) => answer.checkedAt.getTime()));
    expect(instants.size).toBe(1);

    await afterCachedAnswers();
    const later = await poll();
    expect(later.checkedAt.getTime()).toBeGreaterThan([...instants][0] ?? Infinity);
  });

  it('refuses an empty list, too many names and unknown projections', async () => {
    await expect(caller.freshness.status({ projections: [] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      caller.freshness.status({
        projections: Array.from({ length: 11 }, () => 'catalog' as const),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      // @ts-expect-error: not a projection
      caller.freshness.status({ projections: ['customers'] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
