import { describe, expect, it } from 'vitest';
import { pendingProductFrom } from './pending-product';

describe('pendingProductFrom', () => {
  it('reads a log position and a name', () => {
    expect(pendingProductFrom({ awaiting: '812:3', name: ' Mug ' })).toEqual({
      awaiting: '812:3',
      name: 'Mug',
    });
  });

  it('keeps the position when the name is missing or unusable', () => {
    expect(pendingProductFrom({ awaiting: '812:3' })).toEqual({ awaiting: '812:3', name: null });
    expect(pendingProductFrom({ awaiting: '812:3', name: 'x'.repeat(500) })?.name).toBeNull();
  });

  it('takes the first of repeated parameters', () => {
    expect(pendingProductFrom({ awaiting: ['1:2', '3:4'], name: ['A', 'B'] })).toEqual({
      awaiting: '1:2',
      name: 'A',
    });
  });

  it.each([undefined, '', 'abc', '12', '1:2:3', '-1:2', '1:2x', '1'.repeat(21) + ':1'])(
    'ignores the invalid position %j',
    (awaiting) => {
      expect(pendingProductFrom({ awaiting, name: 'Mug' })).toBeNull();
    },
  );
});
