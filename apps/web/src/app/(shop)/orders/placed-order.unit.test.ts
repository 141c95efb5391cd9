import { describe, expect, it } from 'vitest';
import { placedOrderWrite } from './placed-order';

const orderId = '0d0d0d0d-0000-4000-8000-000000000001';

describe('placedOrderWrite', () => {
  it("awaits the position the checkout returned, in the order's stream", () => {
    expect(placedOrderWrite(orderId, { placed: '812:4051' })).toEqual({
      streamId: `order-${orderId}`,
      position: '812:4051',
    });
    expect(placedOrderWrite(orderId, { placed: ['9:1', '10:2'] })?.position).toBe('9:1');
  });

  it('awaits nothing for a missing or hand-edited value', () => {
    for (const placed of [undefined, '', 'soon', '12', '1:2:3', '-1:4', '1:2; drop table']) {
      expect(placedOrderWrite(orderId, { placed })).toBeNull();
    }
  });
});
