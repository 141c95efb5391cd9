import { describe, expect, it } from 'vitest';
import { pendingProductFrom } from './pending-product';

const product = '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a01';
const streamId = `product-${product}`;

describe('pendingProductFrom', () => {
  it('reads a log position, the product and a name', () => {
    expect(pendingProductFrom({ awaiting: '812:3', product, name: ' Mug ' })).toEqual({
      awaiting: { streamId, position: '812:3' },
      name: 'Mug',
    });
  });

  it('keeps the position when the name is missing or unusable', () => {
    expect(pendingProductFrom({ awaiting: '812:3', product })).toEqual({
      awaiting: { streamId, position: '812:3' },
      name: null,
    });
    expect(
      pendingProductFrom({ awaiting: '812:3', product, name: 'x'.repeat(500) })?.name,
    ).toBeNull();
  });

  it('takes the first of repeated parameters', () => {
    expect(
      pendingProductFrom({ awaiting: ['1:2', '3:4'], product: [product, 'x'], name: ['A', 'B'] }),
    ).toEqual({ awaiting: { streamId, position: '1:2' }, name: 'A' });
  });

  it.each([undefined, '', 'abc', '12', '1:2:3', '-1:2', '1:2x', '1'.repeat(21) + ':1'])(
    'ignores the invalid position %j',
    (awaiting) => {
      expect(pendingProductFrom({ awaiting, product, name: 'Mug' })).toBeNull();
    },
  );

  it.each([undefined, '', 'not-a-uuid', `${product}/../x`])(
    'ignores the invalid product %j',
    (id) => {
      expect(pendingProductFrom({ awaiting: '1:2', product: id, name: 'Mug' })).toBeNull();
    },
  );
});
