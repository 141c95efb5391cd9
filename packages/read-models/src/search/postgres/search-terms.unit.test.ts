import { describe, expect, it } from 'vitest';
import type { SearchProduct } from '../search-document';
import { diffTerms, termsOf } from './search-terms';

const product: SearchProduct = {
  name: 'Desk Lamp',
  description: 'A lamp for the desk, 40 W',
  category: 'home-decor',
  tags: ['office', 'gift idea'],
  price: { amountMinor: 100, currency: 'EUR' },
  addedAt: '2026-11-23T10:00:00.000Z',
  discontinued: false,
};

describe('search terms', () => {
  it('are the distinct words of a listed product, long enough and not numbers', () => {
    expect(termsOf(product).sort()).toEqual([
      'decor',
      'desk',
      'for',
      'gift',
      'home',
      'idea',
      'lamp',
      'office',
      'the',
    ]);
  });

  it('are none for a product that is not listed', () => {
    expect(termsOf(null)).toEqual([]);
    expect(termsOf({ ...product, discontinued: true })).toEqual([]);
  });

  it('change by the words gained and lost', () => {
    expect(diffTerms(['desk', 'lamp'], ['lamp', 'shade', 'shade'])).toEqual({
      added: ['shade'],
      removed: ['desk'],
    });
  });
});
