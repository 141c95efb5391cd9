import { randomUUID } from 'node:crypto';
import { cartStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { MalformedEvent } from '../shared/malformed-event';
import { address, eur } from '../shared/test-support/payloads';
import { testStream } from '../shared/test-support/recorded-events';
import { evolveCart, type CartRow } from './cart.projection';

const fold = (events: Parameters<typeof evolveCart>[1][]) =>
  events.reduce<CartRow | null>(evolveCart, null);

function cart() {
  const stream = testStream(cartStreamCategory);
  const cartId = stream.id;
  const add = (productId: string, quantity: number, amountMinor = 1_000, name = 'Lamp') =>
    stream.event('CartItemAdded', {
      cartId,
      productId,
      name,
      unitPrice: eur(amountMinor),
      quantity,
    });
  return { stream, cartId, add };
}

describe('cart projection', () => {
  it('adds to a line already in the cart, taking the newly shown name and price', () => {
    const { cartId, add } = cart();
    const lamp = randomUUID();
    const row = fold([add(lamp, 1, 1_000), add(lamp, 2, 1_200, 'Lamp (new)')]);
    expect(row).toMatchObject({
      cartId,
      status: 'Open',
      lines: [{ productId: lamp, name: 'Lamp (new)', unitPrice: eur(1_200), quantity: 3 }],
      version: 2,
    });
  });

  it('changes quantities, removes lines, and keeps the others in order', () => {
    const { stream, cartId, add } = cart();
    const [lamp, mug, vase] = [randomUUID(), randomUUID(), randomUUID()];
    const row = fold([
      add(lamp, 1),
      add(mug, 1),
      add(vase, 1),
      stream.event('CartItemQuantityChanged', { cartId, productId: vase, quantity: 5 }),
      stream.event('CartItemRemoved', { cartId, productId: mug }),
    ]);
    expect(row?.lines.map((line) => [line.productId, line.quantity])).toEqual([
      [lamp, 1],
      [vase, 5],
    ]);
  });

  it('records the checkout: the order it became and the lines as charged', () => {
    const { stream, cartId, add } = cart();
    const orderId = randomUUID();
    const customerId = randomUUID();
    const charged = [{ productId: randomUUID(), name: 'Lamp', unitPrice: eur(900), quantity: 1 }];
    const added = add(randomUUID(), 1);
    const checkedOut = stream.event('CartCheckedOut', {
      cartId,
      orderId,
      customerId,
      lines: charged,
      shippingAddress: address,
      total: eur(900),
      checkedOutAt: '2026-11-20T10:00:00.000Z',
    });
    const row = fold([added, checkedOut]);
    expect(row).toMatchObject({ status: 'CheckedOut', orderId, customerId, lines: charged });
    expect(row?.updatedAt).toEqual(checkedOut.recordedAt);
  });

  it('returns the row itself for an event it already reflects', () => {
    const { add } = cart();
    const first = add(randomUUID(), 1);
    const row = fold([first]);
    expect(evolveCart(row, first)).toBe(row);
  });

  it('refuses an event about another cart than its stream, or a malformed one', () => {
    const { stream } = cart();
    const elsewhere = stream.event('CartItemRemoved', {
      cartId: randomUUID(),
      productId: randomUUID(),
    });
    expect(() => evolveCart(null, elsewhere)).toThrow(/payload is about/);
    const malformed = stream.event('CartItemRemoved', { cartId: stream.id });
    expect(() => evolveCart(null, malformed)).toThrow(MalformedEvent);
    expect(() => evolveCart(null, malformed)).toThrow(
      `Event ${malformed.eventId} (CartItemRemoved v1`,
    );
  });
});
