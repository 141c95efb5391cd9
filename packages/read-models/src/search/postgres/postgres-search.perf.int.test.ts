import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type ReadModelsPrisma } from '../../prisma';
import type { SearchProduct } from '../search-document';
import type { SearchQueryInput } from '../search-query';
import { makeGenerationLive } from '../test-support/live-generation';
import { createPostgresSearchEngine } from './postgres-search-engine';
import { postgresSearchProjectionName } from './postgres-search.projection';
import { adjustTerms, writeProducts, writeStock } from './postgres-search.store';
import { termsOf } from './search-terms';

const productCount = 10_000;
const generation = 1;

const materials = [
  'oak',
  'walnut',
  'steel',
  'brass',
  'linen',
  'wool',
  'glass',
  'bamboo',
  'marble',
  'copper',
];
const things = [
  'lamp',
  'desk',
  'chair',
  'shelf',
  'mug',
  'rug',
  'vase',
  'clock',
  'keyboard',
  'kettle',
  'mirror',
  'stool',
];
const moods = ['quiet', 'classic', 'modern', 'rustic', 'compact', 'sturdy', 'elegant', 'portable'];
const categories = [
  'home',
  'office',
  'kitchen',
  'garden',
  'lighting',
  'furniture',
  'decor',
  'outdoor',
];
const tags = [
  'gift',
  'eco',
  'handmade',
  'sale',
  'new',
  'bestseller',
  'limited',
  'vintage',
  'premium',
  'kids',
];
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** A deterministic catalog of 10 000 products with a realistic spread of words, prices and stock. */
function catalogProduct(n: number): SearchProduct {
  const [material, thing, mood] = [
    pick(materials, n),
    pick(things, n * 7 + 3),
    pick(moods, n * 13 + 5),
  ];
  return {
    name: `${mood} ${material} ${thing} ${n}`,
    description: `A ${mood} ${thing} made of ${material}, built to last and easy to care for.`,
    category: pick(categories, n * 3),
    tags: [pick(tags, n), pick(tags, n * 5 + 1)],
    price: { amountMinor: 500 + ((n * 7_919) % 50_000), currency: 'EUR' },
    addedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
    discontinued: n % 50 === 0,
  };
}

let db: TestDatabase;
let prisma: ReadModelsPrisma;

beforeAll(async () => {
  db = await createTestDatabase('search_perf_test');
  prisma = createPrismaClient(db.connectionString);
  const products = Array.from({ length: productCount }, (_, n) => ({
    productId: randomUUID(),
    product: catalogProduct(n),
  }));
  await prisma.$transaction(
    async (tx) => {
      await writeProducts(
        tx,
        generation,
        products.map(({ productId, product }) => ({
          productId,
          part: { version: 1, state: product },
        })),
      );
      await writeStock(
        tx,
        generation,
        products.map(({ productId }, n) => ({
          productId,
          part: { version: 1, state: { onHand: n % 4, reserved: n % 3 } },
        })),
      );
      await adjustTerms(tx, generation, {
        added: products.flatMap(({ product }) => termsOf(product)),
        removed: [],
      });
    },
    { timeout: 60_000 },
  );
  await makeGenerationLive(prisma, postgresSearchProjectionName, generation);
  await prisma.$executeRaw`ANALYZE "search_products"`;
  await prisma.$executeRaw`ANALYZE "search_stock"`;
  await prisma.$executeRaw`ANALYZE "search_terms"`;
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const engine = () => createPostgresSearchEngine({ prisma });

/*
 * What the engine answers at the catalog's size. How fast it answers is measured by
 * bench/search.bench.ts, beside a raw baseline in the same run: a timed assertion here would fail
 * with the load of the machine, not with the code.
 */
describe(`Postgres search over ${productCount} products`, () => {
  it.each<[string, SearchQueryInput]>([
    ['a word', { text: 'lamp' }],
    [
      'two words, filtered by category, price and stock',
      { text: 'walnut lamp', category: 'office', minPrice: 1_000, maxPrice: 40_000, inStock: true },
    ],
    ['a typo, with a suggestion', { text: 'keybord' }],
    ['everything, newest first, with both facets', { sort: 'newest' }],
    ['a later page sorted by price', { text: 'chair', sort: 'price_desc', page: 5 }],
  ])('answers %s with a full page', async (_, query) => {
    const result = await engine().search(query);
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits).toHaveLength(Math.min(20, result.total - (result.page - 1) * 20));
  });

  it('finds and suggests as it should at this size', async () => {
    const typo = await engine().search({ text: 'keybord' });
    expect(typo.hits[0]?.name).toMatch(/keyboard/);
    const all = await engine().search({});
    expect(all.total).toBe(productCount - productCount / 50);
    expect(all.facets.categories).toHaveLength(categories.length);
    const counted = all.facets.categories.reduce((sum, { count }) => sum + count, 0);
    expect(counted).toBe(all.total);
  });

  it('pages the newest products first, discontinued ones left out', async () => {
    const numberOf = (name: string) => Number(name.split(' ').at(-1));
    const first = await engine().search({ sort: 'newest' });
    expect(first.hits.map(({ name }) => numberOf(name))).toEqual(
      Array.from({ length: 20 }, (_, k) => productCount - 1 - k),
    );
    // Page 3 of "office" (every 8th product by n * 3 mod 8): 1 in 50 discontinued along the way.
    const office = await engine().search({ sort: 'newest', category: 'office', page: 3 });
    const numbers = office.hits.map(({ name }) => numberOf(name));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(numbers.every((n) => pick(categories, n * 3) === 'office' && n % 50 !== 0)).toBe(true);
    expect(office.total).toBe(office.facets.categories.find((c) => c.value === 'office')?.count);
  });
});
