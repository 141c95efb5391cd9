import { describe, expect, it } from 'vitest';
import {
  allValues,
  firstValue,
  formatPrice,
  parsePage,
  parsePrice,
  queryString,
} from './url-params';

describe('URL values', () => {
  it('takes the first of repeated values and treats blank ones as absent', () => {
    expect(firstValue({ q: ['lamp', 'mug'] }, 'q')).toBe('lamp');
    expect(firstValue({ q: '   ' }, 'q')).toBeUndefined();
    expect(allValues({ tag: ['a', ' ', 'b '] }, 'tag')).toEqual(['a', 'b']);
  });

  it('reads prices as amounts into minor units, and writes them back', () => {
    expect(parsePrice({ min: '12.5' }, 'min', 'Minimum price')).toEqual({ ok: true, value: 1250 });
    expect(parsePrice({ min: '12' }, 'min', 'Minimum price')).toEqual({ ok: true, value: 1200 });
    expect(parsePrice({}, 'min', 'Minimum price')).toEqual({ ok: true, value: undefined });
    expect(formatPrice(1250)).toBe('12.50');
    expect(formatPrice(1200)).toBe('12');
    expect(formatPrice(5)).toBe('0.05');
  });

  it('names what is wrong with a price or a page', () => {
    expect(parsePrice({ min: '-5' }, 'min', 'Minimum price')).toEqual({
      ok: false,
      problem: { param: 'min', message: 'Minimum price cannot be negative' },
    });
    expect(parsePrice({ max: '1e9' }, 'max', 'Maximum price')).toMatchObject({
      problem: { message: 'Maximum price must be an amount such as 12.50' },
    });
    expect(parsePrice({ max: '1.999' }, 'max', 'Maximum price').ok).toBe(false);
    expect(parsePage({ page: '-1' })).toMatchObject({ problem: { message: 'Pages start at 1' } });
    expect(parsePage({ page: 'two' })).toMatchObject({
      problem: { message: 'Page must be a whole number' },
    });
    expect(parsePage({ page: '3' })).toEqual({ ok: true, value: 3 });
  });

  it('writes query strings without absent values', () => {
    expect(
      queryString([
        ['q', 'desk lamp'],
        ['page', undefined],
        ['tag', ''],
      ]),
    ).toBe('?q=desk+lamp');
    expect(queryString([])).toBe('');
  });
});
