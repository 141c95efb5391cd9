import { randomUUID } from 'node:crypto';
import { inventoryStreamCategory, productStreamCategory, type RecordedEvent } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { MalformedEvent } from '../shared/malformed-event';
import { eur, productAdded } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream } from '../shared/test-support/recorded-events';
import { applyEvents, recordCheckpoint } from '../test-support/apply-events';
import { catalogProjection, catalogProjectionName } from './catalog-product.store';
import { getCatalogCheckpoint, listCatalog } from './list-catalog';

const db = useReadModelDatabase();
const apply = (...events: RecordedEvent[]) => applyEvents(db.prisma, catalogProjection, events);

/** A product in a category of its own, so each test reads only its own rows. */
function product(category = `test-${randomUUID().slice(0, 8)}`, overrides = {}) {
  const stream = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, stream.id);
  const productId = stream.id;
  const added = () =>
    stream.event('ProductAdded', productAdded(productId, { category, ...overrides }), {
      schemaVersion: 3,
    });
  const received = (quantity: number) => inventory.event('StockReceived', { productId, quantity });
  return { productId, category, stream, inventory, added, received };
}

describe('catalog projection on Postgres', () => {
  it('keeps stock that arrives before the product, unlisted until the product is added', async () => {
    const lamp = product();
    await apply(lamp.received(4));
    expect((await listCatalog(db.prisma, { category: lamp.category })).products).toEqual([]);
    await apply(lamp.added());
    const { products } = await listCatalog(db.prisma, { category: lamp.category });
    expect(products).toEqual([
      {
        productId: lamp.productId,
        name: 'Desk lamp',
        description: 'Warm light',
        category: lamp.category,
        tags: [],
        price: eur(3_450),
        available: 4,
        inStock: true,
      },
    ]);
  });

  it('applies product and inventory events of many products concurrently without losing one', async () => {
    const category = `test-${randomUUID().slice(0, 8)}`;
    const lamps = Array.from({ length: 12 }, () => product(category));
    await Promise.all(
      lamps.flatMap((lamp) => [
        apply(
          lamp.added(),
          lamp.stream.event('ProductTagsSet', { productId: lamp.productId, tags: ['x'] }),
        ),
        apply(lamp.received(2), lamp.received(3)),
      ]),
    );
    const { products } = await listCatalog(db.prisma, { category, pageSize: 50 });
    expect(products).toHaveLength(12);
    for (const shown of products) expect(shown).toMatchObject({ tags: ['x'], available: 5 });
  });

  it('writes nothing for a malformed event', async () => {
    const lamp = product();
    const bad = lamp.stream.event('ProductAdded', { productId: lamp.productId, name: 42 });
    await expect(apply(bad)).rejects.toThrow(MalformedEvent);
    expect(await db.prisma.catalogProduct.count({ where: { productId: lamp.productId } })).toBe(0);
  });

  it('keeps generations apart: readers see the active one, a drop removes only its own', async () => {
    const lamp = product();
    await apply(lamp.added());
    await db.prisma.$transaction((tx) =>
      catalogProjection.apply(tx, lamp.added(), { generation: 2 }),
    );
    await db.activate(catalogProjectionName, 2);
    try {
      expect((await listCatalog(db.prisma, { category: lamp.category })).products).toHaveLength(1);
      await db.prisma.$transaction((tx) => catalogProjection.dropGeneration(tx, 2));
      expect((await listCatalog(db.prisma, { category: lamp.category })).products).toEqual([]);
    } finally {
      await db.activate(catalogProjectionName, 1);
    }
    expect((await listCatalog(db.prisma, { category: lamp.category })).products).toHaveLength(1);
  });
});

describe('listCatalog', () => {
  it('filters by category and stock, sorts, pages, and hides discontinued products', async () => {
    const category = `test-${randomUUID().slice(0, 8)}`;
    const [cheap, dear, soldOut, gone] = [
      product(category, { name: 'Cheap', price: eur(500) }),
      product(category, { name: 'Dear', price: eur(9_000) }),
      product(category, { name: 'Sold out', price: eur(700) }),
      product(category, { name: 'Gone', price: eur(100) }),
    ];
    const soldOutOrder = randomUUID();
    await apply(
      cheap.added(),
      cheap.received(1),
      dear.added(),
      dear.received(2),
      soldOut.added(),
      soldOut.received(1),
      soldOut.inventory.event('StockReserved', {
        productId: soldOut.productId,
        orderId: soldOutOrder,
        quantity: 1,
      }),
      gone.added(),
      gone.stream.event('ProductDiscontinued', { productId: gone.productId }),
    );
    const names = async (input: Parameters<typeof listCatalog>[1]) =>
      (await listCatalog(db.prisma, { category, ...input })).products.map((p) => p.name);

    expect(await names({ sort: 'priceAscending' })).toEqual(['Cheap', 'Sold out', 'Dear']);
    expect(await names({ sort: 'priceDescending', inStockOnly: true })).toEqual(['Dear', 'Cheap']);
    expect(await names({ sort: 'name', page: 2, pageSize: 2 })).toEqual(['Sold out']);
    const page = await listCatalog(db.prisma, { category, pageSize: 2 });
    expect(page.page).toEqual({ page: 1, pageSize: 2, totalItems: 3, totalPages: 2 });
  });

  it('filters by an inclusive price range, and counts categories with every other filter', async () => {
    const prefix = `test-${randomUUID().slice(0, 8)}`;
    const [mug, jug, vase, bowl] = [
      product(`${prefix}-kitchen`, { name: 'Mug', price: eur(1_000) }),
      product(`${prefix}-kitchen`, { name: 'Jug', price: eur(2_500) }),
      product(`${prefix}-living`, { name: 'Vase', price: eur(2_000) }),
      product(`${prefix}-living`, { name: 'Bowl', price: eur(9_000) }),
    ];
    await apply(mug.added(), jug.added(), vase.added(), vase.received(3), bowl.added());
    const ranged = await listCatalog(db.prisma, {
      category: mug.category,
      minPriceMinor: 1_000,
      maxPriceMinor: 2_000,
    });
    expect(ranged.products.map((p) => p.name)).toEqual(['Mug']);
    const ours = (categories: { category: string }[]) =>
      categories.filter((entry) => entry.category.startsWith(prefix));
    // The category filter does not narrow the counts; the price range and stock filters do.
    expect(ours(ranged.categories)).toEqual([
      { category: mug.category, count: 1 },
      { category: vase.category, count: 1 },
    ]);
    const all = await listCatalog(db.prisma, { category: vase.category });
    expect(ours(all.categories)).toEqual([
      { category: mug.category, count: 2 },
      { category: vase.category, count: 2 },
    ]);
    const inStock = await listCatalog(db.prisma, { minPriceMinor: 1_500, inStockOnly: true });
    expect(ours(inStock.categories)).toEqual([{ category: vase.category, count: 1 }]);
  });

  it('refuses a price range that is negative, fractional or upside down', async () => {
    await expect(listCatalog(db.prisma, { minPriceMinor: -1 })).rejects.toThrow(
      /cannot be negative/,
    );
    await expect(listCatalog(db.prisma, { maxPriceMinor: 1.5 })).rejects.toThrow(/whole minor/);
    await expect(
      listCatalog(db.prisma, { minPriceMinor: 500, maxPriceMinor: 100 }),
    ).rejects.toThrow(/not be above the maximum/);
  });

  it('answers with the checkpoint of each partition the rows reflect', async () => {
    expect(await getCatalogCheckpoint(db.prisma)).toEqual({});
    const lamp = product();
    const added = lamp.added();
    await apply(added);
    await recordCheckpoint(db.prisma, catalogProjectionName, 3, added);
    const expected = { '3': `${added.transactionId}:${added.globalPosition}` };
    expect((await listCatalog(db.prisma, { category: lamp.category })).checkpoint).toEqual(
      expected,
    );
    expect(await getCatalogCheckpoint(db.prisma)).toEqual(expected);
  });

  it('refuses a page size beyond the limit', async () => {
    await expect(listCatalog(db.prisma, { pageSize: 1_000 })).rejects.toThrow(/100/);
  });
});
