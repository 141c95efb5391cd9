import { randomUUID } from 'node:crypto';
import type { estypes } from '@elastic/elasticsearch';
import { describe, expect, it } from 'vitest';
import { searchQuerySchema, type SearchQueryInput } from '../search-query';
import { documentFrom, listedProduct } from '../test-support/search-events';
import { mapSearchResponse } from './map-search-response';
import { toSearchSource } from './search-source';

const query = (input: SearchQueryInput) => searchQuerySchema.parse(input);
const buckets = (...pairs: [string, number][]) => ({
  buckets: pairs.map(([key, doc_count]) => ({ key, doc_count })),
});

function response(
  overrides: Partial<estypes.SearchResponse<unknown>> = {},
): estypes.SearchResponse<unknown> {
  return {
    took: 1,
    timed_out: false,
    _shards: { total: 1, successful: 1, failed: 0 },
    hits: { total: { value: 0, relation: 'eq' }, hits: [] },
    aggregations: { categories: buckets(), tags: { doc_count: 0, values: buckets() } },
    ...overrides,
  } as estypes.SearchResponse<unknown>;
}

const lamp = listedProduct({ name: 'Desk <lamp>', category: 'home', tags: ['office'], stock: 2 });
const document = documentFrom(lamp.events);

describe('mapSearchResponse', () => {
  it('maps hits, escaping their highlights, the total and both facets', () => {
    const mapped = mapSearchResponse(
      response({
        hits: {
          total: { value: 7, relation: 'eq' },
          hits: [
            {
              _index: 'i',
              _id: lamp.productId,
              _source: toSearchSource(document),
              highlight: { 'product.name': ['Desk <\uE000lamp\uE001>'] },
            },
          ],
        },
        aggregations: {
          categories: buckets(['home', 5], ['garden', 2]),
          tags: { doc_count: 5, values: buckets(['office', 3]) },
        },
      }),
      query({ text: 'lamp', page: 2, pageSize: 1 }),
    );
    expect(mapped).toEqual({
      hits: [
        {
          productId: lamp.productId,
          name: 'Desk <lamp>',
          price: { amountMinor: 1_000, currency: 'EUR' },
          category: 'home',
          tags: ['office'],
          inStock: true,
          highlights: { name: 'Desk &lt;<mark>lamp</mark>&gt;' },
        },
      ],
      total: 7,
      facets: {
        categories: [
          { value: 'home', count: 5 },
          { value: 'garden', count: 2 },
        ],
        tags: [{ value: 'office', count: 3 }],
      },
      page: 2,
      pageSize: 1,
    });
  });

  const withSuggestions = (total: number, known: Record<string, number>) =>
    response({
      hits: { total: { value: total, relation: 'eq' }, hits: [] },
      suggest: {
        words: [
          { text: 'lmap', offset: 0, length: 4, options: [{ text: 'lamp', score: 0.75, freq: 3 }] },
          {
            text: 'shades',
            offset: 5,
            length: 6,
            options: [{ text: 'shade', score: 0.8, freq: 1 }],
          },
        ],
      },
      aggregations: {
        categories: buckets(),
        tags: { doc_count: 0, values: buckets() },
        known_words: {
          doc_count: 9,
          listed: {
            doc_count: 9,
            words: {
              buckets: Object.fromEntries(
                Object.entries(known).map(([word, doc_count]) => [word, { doc_count }]),
              ),
            },
          },
        },
      },
    } as Partial<estypes.SearchResponse<unknown>>);

  it('suggests the corrected query when few products matched, leaving known words alone', () => {
    const mapped = mapSearchResponse(
      withSuggestions(1, { lmap: 0, shades: 4 }),
      query({ text: 'Lmap shades' }),
    );
    expect(mapped.didYouMean).toBe('lamp shades');
  });

  it('suggests nothing once enough products matched', () => {
    const mapped = mapSearchResponse(
      withSuggestions(12, { lmap: 0, shades: 0 }),
      query({ text: 'lmap shades' }),
    );
    expect(mapped.didYouMean).toBeUndefined();
  });

  it('leaves the tag facet empty when the query asked for none, and refuses one missing', () => {
    const { categories } = response().aggregations as { categories: unknown };
    const withoutTags = response({ aggregations: { categories } } as Partial<
      estypes.SearchResponse<unknown>
    >);
    expect(mapSearchResponse(withoutTags, query({ tagFacet: false })).facets.tags).toEqual([]);
    expect(() => mapSearchResponse(withoutTags, query({}))).toThrow(/tag facet/);
  });

  it('refuses a hit whose stored document is not a listed product', () => {
    const stockOnly = toSearchSource({ ...document, productId: randomUUID(), product: null });
    const broken = response({
      hits: {
        total: { value: 1, relation: 'eq' },
        hits: [{ _index: 'i', _id: 'x', _source: stockOnly }],
      },
    });
    expect(() => mapSearchResponse(broken, query({}))).toThrow(/product/);
  });
});
