import { describe, expect, it } from 'vitest';
import { productListHref, productListParams } from './list-params';

describe('the product list parameters', () => {
  it('read a page and a sort, falling back to page one by name', () => {
    expect(productListParams({ page: '2', sort: 'onHand' })).toEqual({ page: 2, sort: 'onHand' });
    expect(productListParams({ page: 'x', sort: 'price; drop' })).toEqual({
      page: 1,
      sort: 'name',
    });
  });

  it('write the address back without the defaults', () => {
    expect(productListHref({ page: 1, sort: 'name' })).toBe('/admin/products');
    expect(productListHref({ page: 3, sort: 'onHand' })).toBe('/admin/products?sort=onHand&page=3');
  });
});
