import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noStockPart, searchDocumentOf } from '../search-document';
import { externalVersion } from './search-source';

const at = (productVersion: number, inventoryVersion: number) =>
  searchDocumentOf(
    randomUUID(),
    { version: productVersion, state: null },
    { version: inventoryVersion, state: noStockPart.state },
  );

describe('externalVersion', () => {
  it('is productVersion · 2³² + inventoryVersion', () => {
    expect(externalVersion(at(3, 7))).toBe(3 * 2 ** 32 + 7);
  });

  it('grows whenever either stream moves on, so nothing older can overwrite something newer', () => {
    const version = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(
        version,
        version,
        fc.integer({ min: 1, max: 1_000 }),
        (product, inventory, step) => {
          const now = externalVersion(at(product, inventory));
          expect(externalVersion(at(product + step, 0))).toBeGreaterThan(now);
          expect(externalVersion(at(product, inventory + step))).toBeGreaterThan(now);
        },
      ),
    );
  });

  it('refuses versions it cannot represent exactly', () => {
    expect(() => externalVersion(at(1, 2 ** 32))).toThrow(RangeError);
    expect(() => externalVersion(at(2 ** 22, 0))).toThrow(/do not fit/);
  });
});
