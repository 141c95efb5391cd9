import type { RecordedEvent } from '@shop/domain';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type ReadModelsPrisma } from '../../prisma';
import { listedProduct } from '../test-support/search-events';
import { postgresSearchProjection } from './postgres-search.projection';

let db: TestDatabase;
let prisma: ReadModelsPrisma;
let lastGeneration = 0;

beforeAll(async () => {
  db = await createTestDatabase('search_pg_projection_test');
  prisma = createPrismaClient(db.connectionString);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const apply = (generation: number, event: RecordedEvent) =>
  prisma.$transaction((tx) => postgresSearchProjection.apply(tx, event, { generation }));

async function applyAll(generation: number, events: readonly RecordedEvent[]): Promise<void> {
  for (const event of events) await apply(generation, event);
}

const terms = async (generation: number) =>
  Object.fromEntries(
    (
      await prisma.searchTerm.findMany({
        where: { generation },
        select: { term: true, products: true },
      })
    ).map(({ term, products }) => [term, products]),
  );

describe('the Postgres search projection', () => {
  it('counts the words of listed products for "did you mean", as they change', async () => {
    const generation = ++lastGeneration;
    const desk = listedProduct({ name: 'Desk lamp', category: 'home' });
    const reading = listedProduct({ name: 'Reading lamp', category: 'home' });
    await applyAll(generation, [...desk.events, ...reading.events]);
    expect(await terms(generation)).toEqual({ desk: 1, reading: 1, lamp: 2, home: 2 });

    await applyAll(generation, [
      desk.product.event('ProductRenamed', { name: 'Desk light' }),
      reading.product.event('ProductDiscontinued', {}),
    ]);
    expect(await terms(generation)).toEqual({ desk: 1, light: 1, home: 1 });
  });

  it('writes a generation apart from the others and drops it alone', async () => {
    const [kept, dropped] = [++lastGeneration, ++lastGeneration];
    const lamp = listedProduct({ name: 'Desk lamp', stock: 2 });
    await applyAll(kept, lamp.events);
    await applyAll(dropped, lamp.events);
    await prisma.$transaction((tx) => postgresSearchProjection.dropGeneration(tx, dropped));

    const count = (generation: number) =>
      Promise.all([
        prisma.searchProduct.count({ where: { generation } }),
        prisma.searchStock.count({ where: { generation } }),
        prisma.searchTerm.count({ where: { generation } }),
      ]);
    expect(await count(dropped)).toEqual([0, 0, 0]);
    expect(await count(kept)).toEqual([1, 1, 3]);
  });

  it('loses neither stream when both change one product at the same time', async () => {
    const generation = ++lastGeneration;
    const lamp = listedProduct({ name: 'Desk lamp', stock: 2 });
    await applyAll(generation, lamp.events);
    // Different partitions may apply a product's two streams concurrently.
    await Promise.all([
      apply(generation, lamp.product.event('ProductRenamed', { name: 'Desk light' })),
      apply(generation, lamp.inventory.event('StockReceived', { quantity: 3 })),
    ]);
    const where = { generation_productId: { generation, productId: lamp.productId } };
    expect(
      await prisma.searchProduct.findUnique({ where, select: { name: true, version: true } }),
    ).toEqual({ name: 'Desk light', version: 2 });
    expect(
      await prisma.searchStock.findUnique({ where, select: { onHand: true, version: true } }),
    ).toEqual({ onHand: 5, version: 2 });
  });

  it('refuses a malformed event and writes nothing', async () => {
    const generation = ++lastGeneration;
    const [added] = listedProduct({ name: 'Desk lamp' }).events as [RecordedEvent];
    await expect(apply(generation, { ...added, data: { name: 42 } })).rejects.toThrow(
      /ProductAdded/,
    );
    expect(await prisma.searchProduct.count({ where: { generation } })).toBe(0);
  });
});
