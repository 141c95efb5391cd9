import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPartitionCount, fnv1a32, streamPartition } from './stream-partition';

describe('fnv1a32', () => {
  // The published FNV-1a test vectors, plus ids as the shop writes them. A change here moves
  // streams between partitions in production: it is a breaking change of the wire contract.
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
    ['é', 0x1e9de8c1],
    ['order-42', 0x572446f4],
    ['product-0b7d5e3c-2f1a-4c1e-9a44-3f1c2b9d8e01', 0x7fb9178d],
  ])('hashes %j to its pinned value', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  it('hashes any string as FNV-1a of its UTF-8 bytes', () => {
    const reference = (text: string): number => {
      let hash = 0x811c9dc5;
      for (const byte of Buffer.from(text, 'utf8')) hash = Math.imul(hash ^ byte, 0x01000193);
      return hash >>> 0;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(fnv1a32(text)).toBe(reference(text));
      }),
    );
  });
});

describe('streamPartition', () => {
  it('pins the partitions of known stream ids', () => {
    expect(defaultPartitionCount).toBe(8);
    expect(streamPartition('product-0b7d5e3c-2f1a-4c1e-9a44-3f1c2b9d8e01')).toBe(5);
    expect(streamPartition('order-42')).toBe(4);
    expect(streamPartition('order-42', 3)).toBe(0x572446f4 % 3);
  });

  it('is always an integer in [0, partitionCount), and the same for the same input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 1, max: 4096 }), (id, n) => {
        const partition = streamPartition(id, n);
        expect(Number.isInteger(partition)).toBe(true);
        expect(partition).toBeGreaterThanOrEqual(0);
        expect(partition).toBeLessThan(n);
        expect(streamPartition(id, n)).toBe(partition);
      }),
    );
  });

  it('spreads uuid stream ids over every partition', () => {
    fc.assert(
      fc.property(fc.array(fc.uuid(), { minLength: 400, maxLength: 400 }), (ids) => {
        const used = new Set(ids.map((id) => streamPartition(`order-${id}`)));
        expect(used.size).toBe(defaultPartitionCount);
      }),
      { numRuns: 20 },
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects the partition count %d', (count) => {
    expect(() => streamPartition('order-42', count)).toThrow(RangeError);
  });
});
