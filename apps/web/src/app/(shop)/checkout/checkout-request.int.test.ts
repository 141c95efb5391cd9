import { randomUUID } from 'node:crypto';
import { cartStreamId, orderStreamId, shopperCartId } from '@shop/domain';
import { findPaymentMethod } from '@shop/payments';
import { cartProjection } from '@shop/read-models';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CheckoutRequests from './checkout-request';
import type * as CartRequests from '../cart/cart-requests';
import type { ShopperSession } from '../../../server/auth/guards';
import { checkoutForm, typedAddress } from '../cart/test-support/checkout-form';
import { openShopperWorld, type ShopperWorld } from '../cart/test-support/shopper-world';
import type { CheckoutValues } from './checkout.schemas';

vi.mock('server-only', () => ({}));

let world: ShopperWorld;
let checkout: typeof CheckoutRequests;
let cart: typeof CartRequests;
let lamp: string;

beforeAll(async () => {
  world = await openShopperWorld();
  checkout = await import('./checkout-request');
  cart = await import('../cart/cart-requests');
  lamp = await world.listProduct('Desk lamp', '12.50');
});

afterAll(async () => {
  await world?.dispose();
});

/** A shopper with a lamp in their first cart, and the checkout form as the page renders it. */
async function readyToPay(): Promise<{ shopper: ShopperSession; form: CheckoutValues }> {
  const shopper = world.shopper();
  const added = await cart.addToShopperCart(shopper, { productId: lamp, quantity: 2 });
  expect(added.ok).toBe(true);
  const cartId = shopperCartId(shopper.customerId, 0);
  const form = checkoutForm(cartId, randomUUID(), { country: 'gb' });
  return { shopper, form };
}

const ordersPlaced = async () =>
  (await world.eventTypes()).filter((type) => type === 'OrderPlaced').length;

describe('checking out', () => {
  it('saves the card under the order id, then places that order for the shopper', async () => {
    const { shopper, form } = await readyToPay();

    const outcome = await checkout.checkOutForShopper(shopper, form);

    expect(outcome).toEqual({ ok: true, orderId: form.orderId, position: expect.any(String) });
    expect(await findPaymentMethod(world.services.pool, form.orderId)).toEqual({
      orderId: form.orderId,
      provider: 'demo',
      token: 'demo_card_approves',
      last4: '4242',
    });
    const [placed] = await world.services.commands.eventStore.readStream(
      orderStreamId(form.orderId),
    );
    expect(placed?.type).toBe('OrderPlaced');
    expect(placed?.data).toMatchObject({
      customerId: shopper.customerId,
      total: { amountMinor: 2_500, currency: 'EUR' },
      shippingAddress: typedAddress,
    });
    expect(`${placed?.transactionId}:${placed?.globalPosition}`).toBe(
      outcome.ok ? outcome.position : null,
    );
  });

  it('places one order when the same form is sent again, and moves the shopper to a new cart', async () => {
    const { shopper, form } = await readyToPay();
    const before = await ordersPlaced();

    const first = await checkout.checkOutForShopper(shopper, form);
    const again = await checkout.checkOutForShopper(shopper, {
      ...form,
      cardNumber: '4000000000000002',
    });

    expect(first).toMatchObject({ ok: true, orderId: form.orderId });
    expect(again).toEqual(first);
    expect(await ordersPlaced()).toBe(before + 1);
    // The retry's card replaces the first: the order is paid with the last card given.
    expect(await findPaymentMethod(world.services.pool, form.orderId)).toMatchObject({
      token: 'demo_card_declines',
    });
    await world.project(cartProjection, cartStreamId(form.cartId));
    expect((await world.caller(shopper).cart.mine()).cartId).toBe(
      shopperCartId(shopper.customerId, 1),
    );
  });

  it('explains each bad field and stores nothing', async () => {
    const { shopper, form } = await readyToPay();
    const before = await world.eventTypes();

    const outcome = await checkout.checkOutForShopper(shopper, {
      ...form,
      recipient: ' ',
      country: 'Germany',
      cardNumber: '1234 5678 9012 3456',
    });

    expect(outcome).toEqual({
      ok: false,
      message: 'Please correct the highlighted fields.',
      fieldErrors: {
        recipient: ['Recipient is required'],
        country: ['Country must be a two-letter code such as DE'],
        cardNumber: [expect.stringContaining('This demo takes test cards only')],
      },
      formErrors: [],
    });
    expect(await world.eventTypes()).toEqual(before);
    expect(await findPaymentMethod(world.services.pool, form.orderId)).toBeNull();
  });
});

describe('tampered checkouts are refused and store nothing', () => {
  it("someone else's cart", async () => {
    const { form } = await readyToPay();
    const mallory = world.shopper();
    const before = await world.eventTypes();

    const outcome = await checkout.checkOutForShopper(mallory, form);

    expect(outcome).toMatchObject({
      ok: false,
      message: 'This is not your cart, so nothing was ordered. Reload the page to see yours.',
    });
    expect(await world.eventTypes()).toEqual(before);
    expect(await findPaymentMethod(world.services.pool, form.orderId)).toBeNull();
  });

  it("someone else's order id: their card stays as it was", async () => {
    const ada = await readyToPay();
    await checkout.checkOutForShopper(ada.shopper, ada.form);
    const mallory = await readyToPay();
    const before = await world.eventTypes();

    const outcome = await checkout.checkOutForShopper(mallory.shopper, {
      ...mallory.form,
      orderId: ada.form.orderId,
      cardNumber: '4000000000000002',
    });

    expect(outcome).toMatchObject({ ok: false, message: expect.stringContaining('out of date') });
    expect(await world.eventTypes()).toEqual(before);
    expect(await findPaymentMethod(world.services.pool, ada.form.orderId)).toMatchObject({
      token: 'demo_card_approves',
    });
  });

  it('hidden ids that are not ids', async () => {
    const { shopper, form } = await readyToPay();
    const outcome = await checkout.checkOutForShopper(shopper, {
      ...form,
      cartId: 'mine',
      orderId: '1; drop table events',
    });
    expect(outcome).toEqual({
      ok: false,
      message: 'Please correct the highlighted fields.',
      fieldErrors: {},
      formErrors: ['Cart id must be a UUID', 'Order id must be a UUID'],
    });
  });

  it('an empty cart is refused by the domain with its own message', async () => {
    const shopper = world.shopper();
    const form = checkoutForm(shopperCartId(shopper.customerId, 0), randomUUID());
    const before = await world.eventTypes();
    expect(await checkout.checkOutForShopper(shopper, form)).toMatchObject({
      ok: false,
      message: 'Your cart is empty: add something before checking out.',
    });
    expect(await world.eventTypes()).toEqual(before);
    expect(await findPaymentMethod(world.services.pool, form.orderId)).toBeNull();
  });

  it('a stale form for a cart that became an order already keeps no card of its own', async () => {
    const { shopper, form } = await readyToPay();
    const placed = await checkout.checkOutForShopper(shopper, form);
    const stale = { ...form, orderId: randomUUID(), cardNumber: '4000000000000002' };

    expect(await checkout.checkOutForShopper(shopper, stale)).toEqual(placed);
    expect(await findPaymentMethod(world.services.pool, stale.orderId)).toBeNull();
    expect(await findPaymentMethod(world.services.pool, form.orderId)).toMatchObject({
      token: 'demo_card_approves',
    });
  });
});
