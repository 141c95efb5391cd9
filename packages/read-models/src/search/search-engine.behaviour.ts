import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@shop/domain';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { SearchEngine } from './search-engine';
import type { SearchQueryInput } from './search-query';
import { catalogSpecs } from './test-support/search-catalog';
import { listedProduct } from './test-support/search-events';

/** An engine with its projection, on an empty index of its own. */
export interface SearchHarness {
  engine: SearchEngine;
  /** Applies events the way the engine's projection runs in the worker, in log order. */
  apply(events: readonly RecordedEvent[]): Promise<void>;
  close(): Promise<void>;
}

type Catalog = { [Key in keyof typeof catalogSpecs]: ReturnType<typeof listedProduct> };

/**
 * What every search engine must do, run against each engine on its real server (Postgres always,
 * Elasticsearch when one is configured). Each test gets its own empty index and loads the
 * catalog of `catalogSpecs` through the engine's projection.
 */
export function searchEngineBehaviour(createHarness: () => Promise<SearchHarness>): void {
  let harness: SearchHarness;
  let catalog: Catalog;
  const search = (query: SearchQueryInput) => harness.engine.search(query);
  const names = async (query: SearchQueryInput) =>
    (await search(query)).hits.map((hit) => hit.name);

  beforeEach(async () => {
    harness = await createHarness();
    catalog = Object.fromEntries(
      Object.entries(catalogSpecs).map(([key, spec]) => [key, listedProduct(spec)]),
    ) as Catalog;
    await harness.apply(Object.values(catalog).flatMap((product) => product.events));
  });

  afterEach(async () => {
    await harness?.close();
  });

  it('finds a product by a word of its name, with what the storefront shows', async () => {
    const result = await search({ text: 'keyboard' });
    expect(result).toMatchObject({ total: 1, page: 1, pageSize: 20 });
    expect(result.hits).toEqual([
      {
        productId: catalog.keyboard.productId,
        name: 'Mechanical keyboard',
        price: { amountMinor: 8_900, currency: 'EUR' },
        category: 'electronics',
        tags: ['office', 'gaming'],
        inStock: true,
        highlights: { name: 'Mechanical <mark>keyboard</mark>' },
      },
    ]);
    expect(result.didYouMean).toBeUndefined();
  });

  it('matches other forms of a word, and words of the tags and the category', async () => {
    expect((await names({ text: 'lamps' })).sort()).toEqual([
      'Camping lantern',
      'Desk lamp',
      'Reading lamp',
    ]);
    expect((await names({ text: 'lighting' })).sort()).toEqual(['Desk lamp', 'Reading lamp']);
    expect(await names({ text: 'kitchen' })).toEqual(['Coffee mug']);
    expect(await names({ text: 'office lamp' })).toEqual(['Desk lamp']);
  });

  it('ranks a match in the name above a match in the description only', async () => {
    const found = await names({ text: 'lamp' });
    expect(found).toHaveLength(3);
    expect(found.slice(0, 2).sort()).toEqual(['Desk lamp', 'Reading lamp']);
    expect(found[2]).toBe('Camping lantern');
  });

  it('tolerates a typo and suggests the spelling the catalog uses', async () => {
    const result = await search({ text: 'keybord' });
    expect(result.hits.map((hit) => hit.name)).toContain('Mechanical keyboard');
    expect(result.didYouMean).toBe('keyboard');
    expect((await search({ text: 'wireles mouse' })).didYouMean).toBe('wireless mouse');
  });

  it('suggests nothing for words the catalog knows, in any form', async () => {
    expect((await search({ text: 'lamps' })).didYouMean).toBeUndefined();
    expect((await search({ text: 'reading lamp' })).didYouMean).toBeUndefined();
  });

  it('finds nothing, and suggests nothing, for a word unlike any in the catalog', async () => {
    expect(await search({ text: 'xylophqz' })).toMatchObject({
      hits: [],
      total: 0,
      facets: { categories: [], tags: [] },
    });
    expect((await search({ text: 'xylophqz' })).didYouMean).toBeUndefined();
  });

  it('counts categories without the category filter, and tags with every filter', async () => {
    const result = await search({ category: 'home' });
    expect(result.total).toBe(2);
    expect(result.facets.categories).toEqual([
      { value: 'electronics', count: 2 },
      { value: 'home', count: 2 },
      { value: 'kitchen', count: 1 },
      { value: 'outdoor', count: 1 },
    ]);
    expect(result.facets.tags).toEqual([
      { value: 'lighting', count: 2 },
      { value: 'office', count: 1 },
    ]);
  });

  it('counts tags only when asked, with the same hits, total and category facet', async () => {
    const query = { text: 'lamp', category: 'home' } as const;
    const withTags = await search(query);
    expect(withTags.facets.tags).not.toEqual([]);
    const withoutTags = await search({ ...query, tagFacet: false });
    expect(withoutTags.facets.tags).toEqual([]);
    expect(withoutTags).toEqual({ ...withTags, facets: { ...withTags.facets, tags: [] } });
  });

  it('keeps products within a price range, bounds included', async () => {
    const query = { minPrice: 2_900, maxPrice: 4_200, sort: 'price_asc' } as const;
    expect(await names(query)).toEqual(['Wireless mouse', 'Desk lamp', 'Camping lantern']);
  });

  it('requires every tag asked for', async () => {
    expect(await names({ tags: ['office', 'lighting'] })).toEqual(['Desk lamp']);
  });

  it('keeps only products in stock when asked, as reservations come and go', async () => {
    const inStock = async () => (await names({ inStock: true, sort: 'price_asc' })).sort();
    expect(await inStock()).not.toContain('Wireless mouse');
    expect(await inStock()).toContain('Desk lamp');

    const lampStock = catalog.deskLamp.inventory;
    const orderId = randomUUID();
    await harness.apply([
      lampStock.event('StockReserved', { orderId, quantity: 3 }),
      catalog.mouse.inventory.event('StockReceived', { quantity: 4 }),
    ]);
    expect(await inStock()).toContain('Wireless mouse');
    expect(await inStock()).not.toContain('Desk lamp');

    await harness.apply([lampStock.event('ReservationReleased', { orderId, quantity: 3 })]);
    expect(await inStock()).toContain('Desk lamp');
  });

  it('knows the stock that arrived before the product itself', async () => {
    const early = listedProduct({ name: 'Travel kettle', stock: 2 });
    const [added, ...rest] = early.events;
    await harness.apply([...rest, ...(added ? [added] : [])]);
    expect((await search({ text: 'kettle' })).hits).toMatchObject([{ inStock: true }]);
  });

  it('sorts by price either way and by newest', async () => {
    expect(await names({ sort: 'price_asc' })).toEqual([
      'Coffee mug',
      'Reading lamp',
      'Wireless mouse',
      'Desk lamp',
      'Camping lantern',
      'Mechanical keyboard',
    ]);
    expect((await names({ sort: 'price_desc' }))[0]).toBe('Mechanical keyboard');
    expect(await names({ sort: 'newest', pageSize: 2 })).toEqual(['Coffee mug', 'Camping lantern']);
  });

  it('pages through the results with the same total on every page', async () => {
    const second = await search({ sort: 'newest', page: 2, pageSize: 4 });
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(second.hits.map((hit) => hit.name)).toEqual(['Wireless mouse', 'Mechanical keyboard']);
    expect((await search({ page: 3, pageSize: 4 })).hits).toEqual([]);
  });

  it('marks matches with <mark> and escapes everything else', async () => {
    const product = listedProduct({
      name: 'Kettle <script>alert("x")</script> & co',
      description: 'A "kettle" for <b>you</b>',
    });
    await harness.apply(product.events);
    const [hit] = (await search({ text: 'kettle' })).hits;
    expect(hit?.highlights.name).toBe(
      '<mark>Kettle</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co',
    );
    expect(hit?.highlights.description).toBe(
      'A &quot;<mark>kettle</mark>&quot; for &lt;b&gt;you&lt;/b&gt;',
    );
  });

  it('follows renames and new prices, and forgets discontinued products', async () => {
    const { product } = catalog.keyboard;
    await harness.apply([
      product.event('ProductRenamed', { name: 'Clicky keyboard' }),
      product.event('ProductRepriced', { price: { amountMinor: 7_500, currency: 'EUR' } }),
      catalog.mug.product.event('ProductDiscontinued', {}),
    ]);
    expect((await search({ text: 'keyboard' })).hits).toMatchObject([
      { name: 'Clicky keyboard', price: { amountMinor: 7_500 } },
    ]);
    expect(await names({ text: 'mug' })).toEqual([]);
    expect((await search({})).total).toBe(5);
  });

  it('applies each event once: replays, duplicates and late old events change nothing', async () => {
    const { product } = catalog.readingLamp;
    const renamed = product.event('ProductRenamed', { name: 'Bedside lamp' });
    const renamedAgain = product.event('ProductRenamed', { name: 'Night lamp' });
    await harness.apply([renamed, renamedAgain]);
    const before = await search({ sort: 'newest' });

    await harness.apply(Object.values(catalog).flatMap((entry) => entry.events));
    await harness.apply([renamed, renamedAgain, renamed]);
    expect(await search({ sort: 'newest' })).toEqual(before);
    expect(await names({ text: 'night' })).toEqual(['Night lamp']);
  });

  it('rejects a query outside the bounds with a clear message', async () => {
    await expect(search({ text: 'x'.repeat(10_000) })).rejects.toThrow(/at most 200 characters/);
    await expect(search({ minPrice: -1 })).rejects.toThrow(/cannot be negative/);
  });
}
