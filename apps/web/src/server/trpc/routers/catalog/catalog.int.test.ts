import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import {
  catalogProjectionName,
  createPrismaClient,
  type ReadModelsPrisma,
} from '@shop/read-models';
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
  caller = createCaller({ prisma, source: 'test' });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe('catalog procedures', () => {
  it('before the catalog has read anything: no products, no checkpoint, nothing reached', async () => {
    expect(await caller.catalog.list({})).toEqual({
      products: [],
      checkpoint: null,
      reached: true,
    });
    expect(await caller.catalog.checkpoint({ awaiting: '5:1' })).toEqual({
      checkpoint: null,
      reached: false,
    });
  });

  it('lists products with formatted prices, and says whether an awaited write is included', async () => {
    const now = new Date();
    await prisma.catalogProduct.create({
      data: {
        productId: '6f1c1f4e-34a9-4a43-9d0a-1f6a4b0c2d11',
        name: 'Stoneware mug',
        description: 'Hand-thrown',
        priceMinor: 1250,
        currency: 'EUR',
        version: 1,
        addedAt: now,
        updatedAt: now,
      },
    });
    await prisma.projectionCheckpoint.create({
      data: { projection: catalogProjectionName, transactionId: 10n, globalPosition: 12n },
    });

    const page = await caller.catalog.list({ awaiting: '9:99' });
    expect(page).toEqual({
      products: [
        {
          productId: '6f1c1f4e-34a9-4a43-9d0a-1f6a4b0c2d11',
          name: 'Stoneware mug',
          description: 'Hand-thrown',
          price: { amountMinor: 1250, currency: 'EUR' },
          formattedPrice: '€12.50',
        },
      ],
      checkpoint: '10:12',
      reached: true,
    });
    expect((await caller.catalog.list({ awaiting: '10:13' })).reached).toBe(false);
    expect(await caller.catalog.checkpoint({ awaiting: '10:12' })).toEqual({
      checkpoint: '10:12',
      reached: true,
    });
  });

  it('refuses an awaited position that is not one', async () => {
    await expect(caller.catalog.list({ awaiting: '10:12; drop table' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
