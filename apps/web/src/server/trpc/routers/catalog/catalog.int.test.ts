import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { randomUUID } from 'node:crypto';
import { productStreamId } from '@shop/domain';
import {
  catalogProjection,
  catalogProjectionName,
  createPrismaClient,
  partitionOf,
  type ReadModelsPrisma,
} from '@shop/read-models';
import { applyEvents, productAddedEvent, recordCheckpoint } from '@shop/read-models/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCallerFactory } from '../../init';
import { appRouter } from '../_app';

vi.mock('server-only', () => ({}));

let database: TestDatabase;
let prisma: ReadModelsPrisma;
const createCaller = createCallerFactory(appRouter);
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  database = await createTestDatabase('shop_web');
  prisma = createPrismaClient(database.connectionString);
  caller = createCaller({ prisma, source: 'test', session: null });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

const productId = randomUUID();
const streamId = productStreamId(productId);

function otherPartitionStream(partition: number): string {
  for (;;) {
    const candidate = productStreamId(randomUUID());
    if (partitionOf(candidate) !== partition) return candidate;
  }
}

describe('catalog procedures', () => {
  it('before the catalog has read anything: no products, an empty checkpoint, nothing reached', async () => {
    const page = await caller.catalog.list({});
    expect(page.products).toEqual([]);
    expect(page.checkpoint).toEqual({});
    expect(page.reached).toBe(true);
    expect(await caller.catalog.checkpoint({ awaiting: { streamId, position: '5:1' } })).toEqual({
      checkpoint: {},
      reached: false,
    });
  });

  it('lists products with formatted prices, and says whether an awaited write is included', async () => {
    const added = productAddedEvent({ productId, name: 'Stoneware mug' });
    await applyEvents(prisma, catalogProjection, [added]);
    await recordCheckpoint(prisma, catalogProjectionName, partitionOf(streamId), added);
    const at = `${added.transactionId}:${added.globalPosition}`;
    const later = `${added.transactionId}:${added.globalPosition + 1n}`;

    const page = await caller.catalog.list({ awaiting: { streamId, position: at } });
    expect(page.products).toEqual([
      expect.objectContaining({
        productId,
        name: 'Stoneware mug',
        price: { amountMinor: 3450, currency: 'EUR' },
        formattedPrice: '€34.50',
      }),
    ]);
    expect(page.checkpoint).toEqual({ [String(partitionOf(streamId))]: at });
    expect(page.reached).toBe(true);
    const notYet = { awaiting: { streamId, position: later } };
    expect((await caller.catalog.list(notYet)).reached).toBe(false);
    expect((await caller.catalog.checkpoint(notYet)).reached).toBe(false);
    // Another partition's stream is judged by its own (empty) checkpoint, not this one.
    const elsewhere = otherPartitionStream(partitionOf(streamId));
    expect(
      (await caller.catalog.checkpoint({ awaiting: { streamId: elsewhere, position: at } }))
        .reached,
    ).toBe(false);
  });

  it('refuses an awaited position that is not one', async () => {
    await expect(
      caller.catalog.list({ awaiting: { streamId, position: '10:12; drop table' } }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
