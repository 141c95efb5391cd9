import { describe, expect, it } from 'vitest';
import type { ReadModelsPrisma } from '../prisma';
import {
  createSearchEngine,
  createSearchProjection,
  searchEngineKind,
  searchProjectionNames,
} from './create-search';

// Never queried here: the factories only choose and wire.
const prisma = {} as ReadModelsPrisma;

describe('choosing the search engine', () => {
  it('uses Postgres when ELASTICSEARCH_URL is unset or blank', () => {
    for (const elasticsearchUrl of [undefined, '', '  ']) {
      expect(searchEngineKind({ elasticsearchUrl })).toBe('postgres');
      expect(createSearchEngine({ prisma, elasticsearchUrl }).kind).toBe('postgres');
      expect(createSearchProjection({ prisma, elasticsearchUrl })).toMatchObject({
        kind: 'postgres',
        name: searchProjectionNames.postgres,
      });
    }
  });

  it('uses Elasticsearch, engine and projection alike, when ELASTICSEARCH_URL is set', () => {
    const elasticsearchUrl = 'http://127.0.0.1:9200';
    expect(createSearchEngine({ prisma, elasticsearchUrl }).kind).toBe('elasticsearch');
    expect(createSearchProjection({ prisma, elasticsearchUrl })).toMatchObject({
      kind: 'external',
      name: searchProjectionNames.elasticsearch,
      categories: ['product', 'inventory'],
    });
  });

  it('refuses a malformed ELASTICSEARCH_URL at start-up with a clear message', () => {
    expect(() => searchEngineKind({ elasticsearchUrl: 'localhost:9200' })).toThrow(
      /ELASTICSEARCH_URL must be an http\(s\) URL/,
    );
  });
});
