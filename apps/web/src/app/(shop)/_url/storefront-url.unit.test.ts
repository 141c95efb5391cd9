import { describe, expect, it } from 'vitest';
import {
  catalogQueryOf,
  defaultStorefrontFilters,
  storefrontFiltersFrom,
  storefrontHref,
} from './storefront-url';

describe('storefront URL', () => {
  it('reads every filter, sort and page from the URL', () => {
    const { filters, problems } = storefrontFiltersFrom({
      category: 'Kitchen',
      min: '5',
      max: '20.50',
      'in-stock': '1',
      sort: 'price-desc',
      page: '2',
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      category: 'kitchen',
      minPriceMinor: 500,
      maxPriceMinor: 2050,
      inStock: true,
      sort: 'price-desc',
      page: 2,
    });
    expect(catalogQueryOf(filters)).toEqual({
      category: 'kitchen',
      minPriceMinor: 500,
      maxPriceMinor: 2050,
      inStockOnly: true,
      sort: 'priceDescending',
      page: 2,
      pageSize: 12,
    });
  });

  it('round-trips through its address, leaving defaults out', () => {
    const href = storefrontHref({
      category: 'kitchen',
      minPriceMinor: 500,
      inStock: true,
      sort: 'name',
      page: 3,
    });
    expect(href).toBe('/?category=kitchen&min=5&in-stock=1&sort=name&page=3');
    const params = Object.fromEntries(new URL(href, 'http://shop.test').searchParams);
    expect(storefrontFiltersFrom(params).filters).toEqual({
      category: 'kitchen',
      minPriceMinor: 500,
      inStock: true,
      sort: 'name',
      page: 3,
    });
    expect(storefrontHref(defaultStorefrontFilters)).toBe('/');
  });

  it('leaves out what it cannot use, says why, and keeps the rest', () => {
    const { filters, problems } = storefrontFiltersFrom({
      category: 'x'.repeat(41),
      min: '30',
      max: '10',
      sort: 'random',
      page: '-1',
      'in-stock': 'maybe',
    });
    expect(filters).toEqual({ minPriceMinor: 3000, inStock: false, sort: 'newest', page: 1 });
    expect(problems.map((problem) => problem.message)).toEqual([
      'Category must be at most 40 characters',
      'Minimum price must not be above the maximum price',
      'Sort must be one of: newest, price-asc, price-desc, name',
      'Pages start at 1',
    ]);
  });
});
