import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamPartition } from './stream-partition';
import { categorySubjects, eventSubject, partitionSubjects } from './subjects';

const productStream = 'product-0b7d5e3c-2f1a-4c1e-9a44-3f1c2b9d8e01';

/** NATS subject matching, enough for the filters these helpers build ('>' only as the last token). */
function matches(filter: string, subject: string): boolean {
  const [filterTokens, tokens] = [filter.split('.'), subject.split('.')];
  return filterTokens.every((token, index) =>
    token === '>' ? index < tokens.length : token === '*' || token === tokens[index],
  );
}

describe('eventSubject', () => {
  it('puts the category and the partition between the prefix and the stream id', () => {
    expect(eventSubject('shop.events', productStream)).toBe(
      `shop.events.product.5.${productStream}`,
    );
    expect(eventSubject('shop.events', productStream, 3)).toBe(
      `shop.events.product.2.${productStream}`,
    );
  });

  it('uses a stream id without a dash as its own category', () => {
    expect(eventSubject('shop', 'settings')).toBe(
      `shop.settings.${streamPartition('settings')}.settings`,
    );
  });

  it.each([
    ['a dot', 'product-a.b'],
    ['a star', 'product-*'],
    ['a greater-than', 'product->'],
    ['a space', 'product-a b'],
    ['a tab', 'product-a\tb'],
    ['an empty id', ''],
    ['an empty category', '-123'],
  ])('rejects a stream id with %s', (_, streamId) => {
    expect(() => eventSubject('shop.events', streamId)).toThrow(/cannot be part of a NATS subject/);
  });

  it.each(['', 'shop.', '.shop', 'shop..events', 'shop.*', 'shop.>', 'shop events'])(
    'rejects the subject prefix %j',
    (prefix) => {
      expect(() => eventSubject(prefix, productStream)).toThrow(/Subject prefix part/);
    },
  );

  it.each([0, -1, 2.5])('rejects the partition count %d', (partitions) => {
    expect(() => eventSubject('shop.events', productStream, partitions)).toThrow(RangeError);
  });

  it('yields category, partition and stream id after the prefix, matched by both filters', () => {
    const tokenChar = fc.constantFrom(...'abcXYZ019_-:éü'.split(''));
    const token = fc.string({ unit: tokenChar, minLength: 1 }).filter((t) => !t.startsWith('-'));
    fc.assert(
      fc.property(token, fc.integer({ min: 1, max: 64 }), (streamId, partitions) => {
        const subject = eventSubject('shop.events', streamId, partitions);
        const [, , category = '', partition, last] = subject.split('.');
        expect(subject.split('.')).toHaveLength(5);
        expect(last).toBe(streamId);
        expect(streamId.startsWith(category)).toBe(true);
        expect(partition).toBe(String(streamPartition(streamId, partitions)));
        expect(matches(categorySubjects('shop.events', category), subject)).toBe(true);
        const own = streamPartition(streamId, partitions);
        expect(matches(partitionSubjects('shop.events', category, own), subject)).toBe(true);
        const other = (own + 1) % partitions;
        expect(matches(partitionSubjects('shop.events', category, other), subject)).toBe(
          partitions === 1,
        );
      }),
    );
  });
});

describe('categorySubjects', () => {
  it('filters every event of one category, in every partition', () => {
    expect(categorySubjects('shop.events', 'product')).toBe('shop.events.product.>');
  });

  it('rejects a wildcard category', () => {
    expect(() => categorySubjects('shop.events', '*')).toThrow(/Category/);
  });
});

describe('partitionSubjects', () => {
  it('filters one partition of one category', () => {
    expect(partitionSubjects('shop.events', 'product', 3)).toBe('shop.events.product.3.>');
  });

  it.each([-1, 1.5, Number.NaN])('rejects the partition %d', (partition) => {
    expect(() => partitionSubjects('shop.events', 'product', partition)).toThrow(RangeError);
  });

  it('rejects a bad prefix or category', () => {
    expect(() => partitionSubjects('shop.*', 'product', 0)).toThrow(/Subject prefix part/);
    expect(() => partitionSubjects('shop.events', 'a.b', 0)).toThrow(/Category/);
  });
});
