import { parseLogPosition } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { hasReached } from './consistency';

describe('hasReached', () => {
  it('is true when nothing is awaited', () => {
    expect(hasReached(null, undefined)).toBe(true);
  });

  it('is false before the catalog has read anything', () => {
    expect(hasReached(null, parseLogPosition('5:1'))).toBe(false);
  });

  it('compares transaction ids first, then positions, as numbers', () => {
    const awaiting = parseLogPosition('10:12');
    expect(hasReached('10:12', awaiting)).toBe(true);
    expect(hasReached('11:3', awaiting)).toBe(true);
    // As strings "9:99" > "10:12"; as positions it is before.
    expect(hasReached('9:99', awaiting)).toBe(false);
    expect(hasReached('10:11', awaiting)).toBe(false);
  });
});
