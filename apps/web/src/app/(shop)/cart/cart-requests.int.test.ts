import { cartStreamId, discontinueProduct, productStreamId, shopperCartId } from '@shop/domain';
import { cartProjection, productDetailProjection } from '@shop/read-models';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CartRequests from './cart-requests';
import { openShopperWorld, type ShopperWorld } from './test-support/shopper-world';

vi.mock('server-only', () => ({}));

let world: ShopperWorld;
let requests: typeof CartRequests;
let lamp: string;
let mug: string;

beforeAll(async () => {
  world = await openShopperWorld();
  requests = await import('./cart-requests');
  lamp = await world.listProduct('Desk lamp', '12.50');
  mug = await world.listProduct('Stoneware mug', '8');
});

afterAll(async () => {
  await world?.dispose();
});

describe('the cart actions and the cart router', () => {
  it("add to the shopper's open cart at the catalog's price, which the cart page then shows", async () => {
    const ada = world.shopper();
    const cartId = shopperCartId(ada.customerId, 0);

    const added = await requests.addToShopperCart(ada, { productId: lamp, quantity: '2' });
    await requests.addToShopperCart(ada, { productId: mug });

    expect(added).toEqual({
      ok: true,
      streamId: cartStreamId(cartId),
      position: expect.any(String),
    });
    await world.project(cartProjection, cartStreamId(cartId));
    const { cart, cartId: shown } = await world.caller(ada).cart.mine();
    expect(shown).toBe(cartId);
    expect(cart?.lines).toEqual([
      expect.objectContaining({
        name: 'Desk lamp',
        unitPrice: { amountMinor: 1_250, currency: 'EUR' },
        quantity: 2,
      }),
      expect.objectContaining({ name: 'Stoneware mug', quantity: 1 }),
    ]);
    expect(cart?.total).toEqual({ amountMinor: 3_300, currency: 'EUR' });
  });

  it('change a quantity and remove a line of the open cart', async () => {
    const ada = world.shopper();
    const cartId = shopperCartId(ada.customerId, 0);
    await requests.addToShopperCart(ada, { productId: lamp, quantity: 1 });
    await requests.addToShopperCart(ada, { productId: mug, quantity: 1 });

    const changed = await requests.changeShopperCartQuantity(ada, {
      cartId,
      productId: lamp,
      quantity: 4,
    });
    const removed = await requests.removeFromShopperCart(ada, { cartId, productId: mug });

    expect(changed.ok && removed.ok).toBe(true);
    await world.project(cartProjection, cartStreamId(cartId));
    const { cart } = await world.caller(ada).cart.mine();
    expect(cart?.lines.map((line) => [line.name, line.quantity])).toEqual([['Desk lamp', 4]]);
  });

  it('shows an empty first cart to a shopper who never added anything, and none to a visitor', async () => {
    const grace = world.shopper();
    expect(await world.caller(grace).cart.mine()).toMatchObject({
      cartId: shopperCartId(grace.customerId, 0),
      cart: null,
    });
    await expect(world.caller(null).cart.mine()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('tampered requests are refused with a clear message and store nothing', () => {
  it("someone else's cart", async () => {
    const [ada, mallory] = [world.shopper(), world.shopper()];
    await requests.addToShopperCart(ada, { productId: lamp, quantity: 1 });
    const adasCart = shopperCartId(ada.customerId, 0);
    const before = await world.eventTypes();

    const changed = await requests.changeShopperCartQuantity(mallory, {
      cartId: adasCart,
      productId: lamp,
      quantity: 9,
    });
    const removed = await requests.removeFromShopperCart(mallory, {
      cartId: adasCart,
      productId: lamp,
    });

    for (const result of [changed, removed]) {
      expect(result).toEqual({
        ok: false,
        message: expect.stringContaining('This is not your open cart, so nothing was changed.'),
        fieldErrors: {},
      });
    }
    expect(await world.eventTypes()).toEqual(before);
  });

  it('a negative, absurd or fractional quantity', async () => {
    const ada = world.shopper();
    await requests.addToShopperCart(ada, { productId: lamp, quantity: 1 });
    const cartId = shopperCartId(ada.customerId, 0);
    const before = await world.eventTypes();

    const answers = await Promise.all([
      requests.addToShopperCart(ada, { productId: lamp, quantity: -3 }),
      requests.addToShopperCart(ada, { productId: lamp, quantity: 1_000_000 }),
      requests.changeShopperCartQuantity(ada, { cartId, productId: lamp, quantity: '2.5' }),
      requests.changeShopperCartQuantity(ada, { cartId, productId: lamp, quantity: 0 }),
    ]);

    expect(answers.map((answer) => !answer.ok && answer.fieldErrors.quantity)).toEqual([
      ['Quantity must be at least 1'],
      ['Quantity must be at most 99'],
      ['Quantity must be a whole number'],
      ['Quantity must be at least 1'],
    ]);
    expect(answers.every((answer) => !answer.ok && answer.message)).toBeTruthy();
    expect(await world.eventTypes()).toEqual(before);
  });

  it('more of a product than one line may hold, counting what the cart has', async () => {
    const ada = world.shopper();
    await requests.addToShopperCart(ada, { productId: lamp, quantity: 90 });
    const before = await world.eventTypes();
    expect(await requests.addToShopperCart(ada, { productId: lamp, quantity: 10 })).toEqual({
      ok: false,
      message: 'You can buy at most 99 of Desk lamp; your cart already holds 90.',
      fieldErrors: {},
    });
    expect(await world.eventTypes()).toEqual(before);
  });

  it('a product that does not exist, or is no longer sold', async () => {
    const ada = world.shopper();
    const vase = await world.listProduct('Glass vase', '20');
    await discontinueProduct(world.services.commands, { productId: vase }, world.adminContext());
    await world.project(productDetailProjection, productStreamId(vase));
    const before = await world.eventTypes();

    expect(
      await requests.addToShopperCart(ada, { productId: '5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a01' }),
    ).toEqual({
      ok: false,
      message: 'That product is not in the shop, so nothing was added.',
      fieldErrors: {},
    });
    expect(await requests.addToShopperCart(ada, { productId: vase })).toMatchObject({
      ok: false,
      message: 'Glass vase is no longer sold, so it was not added.',
    });
    expect(await requests.addToShopperCart(ada, { productId: 'lamp' })).toMatchObject({
      ok: false,
      fieldErrors: { productId: ['Product id must be a UUID'] },
    });
    expect(await world.eventTypes()).toEqual(before);
  });

  it('a name or price sent along is ignored: the catalog says what a product costs', async () => {
    const ada = world.shopper();
    const cartId = shopperCartId(ada.customerId, 0);
    await requests.addToShopperCart(ada, {
      productId: lamp,
      productName: 'Free lamp',
      unitPrice: { amountMinor: 1, currency: 'EUR' },
    });
    await world.project(cartProjection, cartStreamId(cartId));
    const { cart } = await world.caller(ada).cart.mine();
    expect(cart?.lines[0]).toMatchObject({
      name: 'Desk lamp',
      unitPrice: { amountMinor: 1_250, currency: 'EUR' },
    });
  });
});
