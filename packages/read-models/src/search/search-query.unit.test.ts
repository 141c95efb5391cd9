import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { searchQuerySchema, type SearchQueryInput } from './search-query';

const messages = (input: unknown): string[] => {
  const parsed = searchQuerySchema.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('searchQuerySchema', () => {
  it('fills in defaults and normalises text, category and tags', () => {
    expect(
      searchQuerySchema.parse({ text: '  desk lamp ', category: ' Home ', tags: [' Office'] }),
    ).toEqual({
      text: 'desk lamp',
      category: 'home',
      tags: ['office'],
      tagFacet: true,
      sort: 'relevance',
      page: 1,
      pageSize: 20,
    });
    expect(searchQuerySchema.parse({})).toMatchObject({ text: '', tags: [] });
  });

  it.each<[string, unknown, string]>([
    [
      '10 KB of text',
      { text: 'x'.repeat(10_240) },
      'text: Search text must be at most 200 characters',
    ],
    ['a negative price', { minPrice: -1 }, 'minPrice: Minimum price cannot be negative'],
    [
      'a fractional price',
      { maxPrice: 9.99 },
      'maxPrice: Maximum price must be whole minor units (cents)',
    ],
    [
      'a price range upside down',
      { minPrice: 500, maxPrice: 100 },
      'maxPrice: Minimum price must not be above the maximum price',
    ],
    ['a huge page size', { pageSize: 10_000 }, 'pageSize: Page size must be at most 50'],
    ['page zero', { page: 0 }, 'page: Pages start at 1'],
    [
      'a page past what can be paged',
      { page: 501, pageSize: 20 },
      'page: Only the first 10000 results can be paged through',
    ],
    [
      'an unknown sort',
      { sort: 'cheapest' },
      'sort: Sort must be one of relevance, price_asc, price_desc, newest',
    ],
    [
      'too many tags',
      { tags: Array.from({ length: 11 }, (_, n) => `t${n}`) },
      'tags: At most 10 tags',
    ],
    ['an empty tag', { tags: ['  '] }, 'tags.0: A tag cannot be empty'],
    ['text that is not text', { text: 42 }, 'text: Search text must be text'],
    [
      'a tag facet flag that is not one',
      { tagFacet: 'yes' },
      'tagFacet: tagFacet must be true or false',
    ],
  ])('rejects %s with a clear message', (_, input, message) => {
    expect(messages(input)).toEqual([message]);
  });

  it('accepts the bounds themselves', () => {
    const edge: SearchQueryInput = {
      text: 'x'.repeat(200),
      minPrice: 0,
      maxPrice: 0,
      page: 200,
      pageSize: 50,
    };
    expect(messages(edge)).toEqual([]);
  });

  it('can describe itself as JSON Schema for the API', () => {
    expect(z.toJSONSchema(searchQuerySchema, { io: 'input' })).toMatchObject({
      properties: { pageSize: { maximum: 50, minimum: 1 } },
    });
  });
});
