import { searchQuerySchema } from '@shop/read-models';
import { describe, expect, it } from 'vitest';
import { searchFiltersFrom, searchHref, searchQueryOf } from './search-url';

describe('search URL', () => {
  it('reads the query, facets, price range, stock, sort and page', () => {
    const { filters, problems } = searchFiltersFrom({
      q: ' desk lamp ',
      category: 'home',
      tag: ['office', 'lighting', 'office'],
      min: '10',
      max: '40',
      'in-stock': 'on',
      sort: 'price-asc',
      page: '2',
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      text: 'desk lamp',
      category: 'home',
      tags: ['office', 'lighting'],
      minPriceMinor: 1000,
      maxPriceMinor: 4000,
      inStock: true,
      sort: 'price-asc',
      page: 2,
    });
    expect(searchQueryOf(filters)).toEqual({
      text: 'desk lamp',
      category: 'home',
      tags: ['office', 'lighting'],
      minPrice: 1000,
      maxPrice: 4000,
      inStock: true,
      sort: 'price_asc',
      page: 2,
      pageSize: 12,
    });
  });

  it('round-trips through its address', () => {
    const filters = {
      text: 'lamp & mug',
      tags: ['gift'],
      maxPriceMinor: 999,
      inStock: false,
      sort: 'newest' as const,
      page: 1,
    };
    const href = searchHref(filters);
    expect(href).toBe('/search?q=lamp+%26+mug&tag=gift&max=9.99&sort=newest');
    const url = new URL(href, 'http://shop.test');
    const params = {
      q: url.searchParams.get('q') ?? '',
      tag: url.searchParams.getAll('tag'),
      max: '9.99',
      sort: 'newest',
    };
    expect(searchFiltersFrom(params).filters).toEqual(filters);
    expect(searchHref({ text: '', tags: [], inStock: false, sort: 'relevance', page: 1 })).toBe(
      '/search',
    );
  });

  it('leaves the bounds to the query schema, which names each problem', () => {
    const { filters, problems } = searchFiltersFrom({ q: 'x'.repeat(201), page: '900' });
    expect(problems).toEqual([]);
    const checked = searchQuerySchema.safeParse(searchQueryOf(filters));
    expect(checked.success).toBe(false);
    expect(checked.error?.issues.map((issue) => issue.message)).toEqual([
      'Search text must be at most 200 characters',
      'Only the first 10000 results can be paged through',
    ]);
  });

  it('names a page or price that is not one, and a price range upside down', () => {
    expect(searchFiltersFrom({ page: '-1', min: 'cheap' }).problems).toEqual([
      { param: 'min', message: 'Minimum price must be an amount such as 12.50' },
      { param: 'page', message: 'Pages start at 1' },
    ]);
    expect(searchFiltersFrom({ min: '50', max: '5' }).problems).toEqual([
      { param: 'max', message: 'Minimum price must not be above the maximum price' },
    ]);
  });
});
