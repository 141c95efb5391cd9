import { describe, expect, it } from 'vitest';
import { allParams, firstParam, pageParam, queryString } from './search-params';

describe('search params', () => {
  it('reads the first of repeated values, or all of them', () => {
    const params = { status: ['Shipped', 'Delivered'], q: 'ada' };
    expect(firstParam(params, 'status')).toBe('Shipped');
    expect(allParams(params, 'status')).toEqual(['Shipped', 'Delivered']);
    expect(allParams(params, 'q')).toEqual(['ada']);
    expect(allParams(params, 'missing')).toEqual([]);
  });

  it('reads a page number, and the first page for anything else', () => {
    expect(pageParam({ page: '3' })).toBe(3);
    for (const page of ['0', '-2', '1.5', 'two', '', '99999999', undefined]) {
      expect(pageParam({ page })).toBe(1);
    }
  });

  it('writes only the values that are set', () => {
    expect(
      queryString({ q: 'ada', from: '', status: ['Shipped', 'Delivered'], to: undefined }),
    ).toBe('?q=ada&status=Shipped&status=Delivered');
    expect(queryString({ q: '' })).toBe('');
  });
});
