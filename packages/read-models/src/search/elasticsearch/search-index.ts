import type { estypes } from '@elastic/elasticsearch';

/** Readers query the alias; each projection generation writes an index of its own behind it. */
export const defaultSearchAlias = 'shop-products';

export const generationIndex = (alias: string, generation: number): string =>
  `${alias}-g${generation}`;

/** Every generation index of an alias, for the alias swap's "remove from all". */
export const generationIndexPattern = (alias: string): string => `${alias}-g*`;

/**
 * `product_text` (English stemming) finds "lamp" for "lamps"; `product_words` (no stemming) is
 * what typo tolerance and "did you mean" compare with, since a stem ("batteri") is not a word to
 * suggest and edit distances between stems mislead.
 */
export const searchIndexSettings: estypes.IndicesIndexSettings = {
  number_of_shards: 1,
  analysis: {
    filter: {
      english_possessive: { type: 'stemmer', language: 'possessive_english' },
      english_stop: { type: 'stop', stopwords: '_english_' },
      english_stemmer: { type: 'stemmer', language: 'english' },
    },
    analyzer: {
      product_text: {
        type: 'custom',
        tokenizer: 'standard',
        filter: [
          'english_possessive',
          'lowercase',
          'asciifolding',
          'english_stop',
          'english_stemmer',
        ],
      },
      product_words: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['lowercase', 'asciifolding'],
      },
    },
  },
};

const searchable = ['searchText', 'words'];

/** Explicit and strict: a field the code does not know is an error, not a guessed mapping. */
export const searchIndexMappings: estypes.MappingTypeMapping = {
  dynamic: 'strict',
  properties: {
    productId: { type: 'keyword' },
    productVersion: { type: 'long', index: false },
    inventoryVersion: { type: 'long', index: false },
    listed: { type: 'boolean' },
    inStock: { type: 'boolean' },
    product: {
      properties: {
        name: { type: 'text', analyzer: 'product_text', copy_to: searchable },
        description: { type: 'text', analyzer: 'product_text', copy_to: searchable },
        category: { type: 'keyword', copy_to: searchable },
        tags: { type: 'keyword', copy_to: searchable },
        price: {
          properties: { amountMinor: { type: 'long' }, currency: { type: 'keyword' } },
        },
        addedAt: { type: 'date' },
        discontinued: { type: 'boolean' },
      },
    },
    stock: {
      properties: {
        onHand: { type: 'integer', index: false },
        reserved: { type: 'integer', index: false },
      },
    },
    /** Every text field, stemmed: a query's words may be found in different fields. */
    searchText: { type: 'text', analyzer: 'product_text' },
    /** Every text field as written, lower case: fuzzy matching and suggestions. */
    words: { type: 'text', analyzer: 'product_words' },
    /** A stream's part (see search-source.ts): kept for the projection, never searched. */
    part: { type: 'object', enabled: false },
  },
};
