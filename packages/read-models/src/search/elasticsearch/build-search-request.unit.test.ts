import { describe, expect, it } from 'vitest';
import { searchQuerySchema, type SearchQueryInput } from '../search-query';
import { buildSearchRequest } from './build-search-request';

const request = (input: SearchQueryInput) =>
  buildSearchRequest(searchQuerySchema.parse(input), 'shop-products');

describe('buildSearchRequest', () => {
  it('pages with from/size and counts every hit', () => {
    expect(request({ page: 3, pageSize: 10 })).toMatchObject({
      index: 'shop-products',
      from: 20,
      size: 10,
      track_total_hits: true,
    });
  });

  it('matches words stemmed in any field or a typo away as written, and ranks name matches first', () => {
    const { query } = request({ text: 'desk lamps' });
    expect(query?.bool?.must).toEqual([
      {
        bool: {
          should: [
            { match: { searchText: { query: 'desk lamps', operator: 'and' } } },
            {
              match: {
                words: {
                  query: 'desk lamps',
                  operator: 'and',
                  fuzziness: 'AUTO',
                  prefix_length: 1,
                },
              },
            },
          ],
          minimum_should_match: 1,
        },
      },
    ]);
    expect(query?.bool?.should).toMatchObject([
      { multi_match: { query: 'desk lamps', fields: expect.arrayContaining(['product.name^3']) } },
    ]);
  });

  it('filters listed products by price, stock and every tag, in the filter context', () => {
    const { query } = request({
      minPrice: 100,
      maxPrice: 900,
      inStock: true,
      tags: ['office', 'Gift'],
    });
    expect(query?.bool?.must).toEqual([{ match_all: {} }]);
    expect(query?.bool?.filter).toEqual([
      { term: { listed: true } },
      { range: { 'product.price.amountMinor': { gte: 100, lte: 900 } } },
      { term: { inStock: true } },
      { term: { 'product.tags': 'office' } },
      { term: { 'product.tags': 'gift' } },
    ]);
    expect(request({ maxPrice: 900 }).query?.bool?.filter).toContainEqual({
      range: { 'product.price.amountMinor': { lte: 900 } },
    });
  });

  it('filters the category after the category facet is counted, but before the tag facet', () => {
    const built = request({ category: 'home' });
    expect(built.post_filter).toEqual({ term: { 'product.category': 'home' } });
    expect(built.aggs?.categories).toEqual({
      terms: { field: 'product.category', size: 20, order: [{ _count: 'desc' }, { _key: 'asc' }] },
    });
    expect(built.aggs?.tags).toMatchObject({ filter: { term: { 'product.category': 'home' } } });
    expect(request({}).post_filter).toBeUndefined();
  });

  it('counts the tag facet only when the query asks for it', () => {
    expect(request({}).aggs).toHaveProperty('tags');
    const withoutTags = request({ category: 'home', tagFacet: false });
    expect(withoutTags.aggs).not.toHaveProperty('tags');
    expect(withoutTags.aggs).toHaveProperty('categories');
  });

  it('sorts with a tie-break on the product id, by relevance only when there is text', () => {
    expect(request({ sort: 'price_asc' }).sort).toEqual([
      { 'product.price.amountMinor': 'asc' },
      { productId: 'asc' },
    ]);
    expect(request({ sort: 'price_desc' }).sort).toEqual([
      { 'product.price.amountMinor': 'desc' },
      { productId: 'asc' },
    ]);
    expect(request({ text: 'lamp' }).sort).toEqual(['_score', { productId: 'asc' }]);
    expect(request({}).sort).toEqual([{ 'product.addedAt': 'desc' }, { productId: 'asc' }]);
  });

  it('asks for marked highlights, suggestions and which words are known only with text', () => {
    const built = request({ text: 'lmap shade' });
    expect(built.highlight).toMatchObject({
      pre_tags: ['\uE000'],
      post_tags: ['\uE001'],
      fields: { 'product.name': { number_of_fragments: 0 } },
    });
    expect(built.suggest).toEqual({
      text: 'lmap shade',
      words: {
        term: {
          field: 'words',
          suggest_mode: 'missing',
          min_word_length: 3,
          size: 1,
          sort: 'score',
        },
      },
    });
    expect(built.aggs?.known_words).toMatchObject({
      global: {},
      aggs: {
        listed: {
          aggs: {
            words: {
              filters: {
                filters: {
                  lmap: { match: { searchText: 'lmap' } },
                  shade: { match: { searchText: 'shade' } },
                },
              },
            },
          },
        },
      },
    });
    const plain = request({});
    expect([plain.highlight, plain.suggest, plain.aggs?.known_words]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
