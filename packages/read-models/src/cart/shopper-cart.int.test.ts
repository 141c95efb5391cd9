import { randomUUID } from 'node:crypto';
import { cartStreamCategory, shopperCartId } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { address, eur } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream, type TestStream } from '../shared/test-support/recorded-events';
import { applyEvents, recordCheckpoint } from '../test-support/apply-events';
import { cartProjection, cartProjectionName } from './cart.store';
import { getShopperCart } from './get-shopper-cart';

const db = useReadModelDatabase();

function shopperCarts(customerId: string) {
  const streams = new Map<number, TestStream>();
  const stream = (sequence: number) => {
    const existing = streams.get(sequence);
    if (existing) return existing;
    const created = testStream(cartStreamCategory, shopperCartId(customerId, sequence));
    streams.set(sequence, created);
    return created;
  };
  const lamp = { productId: randomUUID(), name: 'Lamp', unitPrice: eur(1_250) };
  return {
    added: (sequence: number, quantity = 1) =>
      stream(sequence).event('CartItemAdded', { cartId: stream(sequence).id, ...lamp, quantity }),
    checkedOut: (sequence: number) =>
      stream(sequence).event('CartCheckedOut', {
        cartId: stream(sequence).id,
        orderId: randomUUID(),
        customerId,
        lines: [{ ...lamp, quantity: 1 }],
        shippingAddress: address,
        total: eur(1_250),
        checkedOutAt: '2026-11-20T10:00:00.000Z',
      }),
  };
}

describe("a shopper's open cart on Postgres", () => {
  it('is the first cart, empty, for a shopper who never added anything', async () => {
    const customerId = randomUUID();
    expect(await getShopperCart(db.prisma, { customerId })).toEqual({
      cartId: shopperCartId(customerId, 0),
      cart: null,
      checkpoint: {},
    });
  });

  it('moves on past every checked-out cart, and answers the open one with its checkpoint', async () => {
    const customerId = randomUUID();
    const carts = shopperCarts(customerId);
    const history = [0, 1, 2, 3, 4].flatMap((n) => [carts.added(n), carts.checkedOut(n)]);
    const open = carts.added(5, 3);
    await applyEvents(db.prisma, cartProjection, [...history, open]);
    await recordCheckpoint(db.prisma, cartProjectionName, 2, open);

    const result = await getShopperCart(db.prisma, { customerId });

    expect(result.cartId).toBe(shopperCartId(customerId, 5));
    expect(result.cart).toMatchObject({ status: 'Open', itemCount: 3, total: eur(3_750) });
    expect(result.checkpoint).toEqual({ '2': `${open.transactionId}:${open.globalPosition}` });
  });

  it('is the next, empty cart right after a checkout', async () => {
    const customerId = randomUUID();
    const carts = shopperCarts(customerId);
    await applyEvents(db.prisma, cartProjection, [carts.added(0), carts.checkedOut(0)]);
    const result = await getShopperCart(db.prisma, { customerId });
    expect(result).toMatchObject({ cartId: shopperCartId(customerId, 1), cart: null });
  });

  it("takes the next cart's lines over a checkout its partition has not applied yet", async () => {
    const customerId = randomUUID();
    const carts = shopperCarts(customerId);
    // Cart 0's CartCheckedOut sits on a partition that has not applied it yet.
    await applyEvents(db.prisma, cartProjection, [carts.added(0), carts.added(1, 2)]);
    const result = await getShopperCart(db.prisma, { customerId });
    expect(result.cartId).toBe(shopperCartId(customerId, 1));
    expect(result.cart?.itemCount).toBe(2);
  });

  it("never answers another shopper's cart", async () => {
    const ada = randomUUID();
    await applyEvents(db.prisma, cartProjection, [shopperCarts(ada).added(0, 4)]);
    const grace = await getShopperCart(db.prisma, { customerId: randomUUID() });
    expect(grace.cart).toBeNull();
    expect(grace.cartId).not.toBe(shopperCartId(ada, 0));
  });

  it('refuses a customer id that is not one', async () => {
    await expect(getShopperCart(db.prisma, { customerId: 'ada' })).rejects.toThrow();
  });
});
