import { randomUUID } from 'node:crypto';
import {
  cancelOrder,
  findShopperCart,
  markPaymentAuthorized,
  markPaymentDeclined,
  markStockReserved,
  orderStreamId,
  shopperCartId,
} from '@shop/domain';
import { customerOrdersProjection, orderHistoryProjection } from '@shop/read-models';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as CartRequests from '../../../../app/(shop)/cart/cart-requests';
import type * as CheckoutRequests from '../../../../app/(shop)/checkout/checkout-request';
import type { ShopperSession } from '../../../auth/guards';
import { checkoutForm } from '../../../../app/(shop)/cart/test-support/checkout-form';
import {
  openShopperWorld,
  type ShopperWorld,
} from '../../../../app/(shop)/cart/test-support/shopper-world';

vi.mock('server-only', () => ({}));

let world: ShopperWorld;
let cart: typeof CartRequests;
let checkout: typeof CheckoutRequests;
let lamp: string;

beforeAll(async () => {
  world = await openShopperWorld();
  cart = await import('../../../../app/(shop)/cart/cart-requests');
  checkout = await import('../../../../app/(shop)/checkout/checkout-request');
  lamp = await world.listProduct('Desk lamp', '12.50');
});

afterAll(async () => {
  await world?.dispose();
});

const system = () => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'system:saga',
});

/** Buys a lamp through the checkout and lets both order read models see the order. */
async function placeOrder(shopper: ShopperSession): Promise<string> {
  await cart.addToShopperCart(shopper, { productId: lamp });
  const { sequence } = await findShopperCart(world.services.commands, shopper.customerId);
  const cartId = shopperCartId(shopper.customerId, sequence);
  const outcome = await checkout.checkOutForShopper(shopper, checkoutForm(cartId, randomUUID()));
  if (!outcome.ok) throw new Error(outcome.message);
  await projectOrder(outcome.orderId);
  return outcome.orderId;
}

async function projectOrder(orderId: string): Promise<void> {
  await world.project(customerOrdersProjection, orderStreamId(orderId));
  await world.project(orderHistoryProjection, orderStreamId(orderId));
}

describe('my orders', () => {
  it("lists the shopper's own orders, newest first, and nobody else's", async () => {
    const [ada, grace] = [world.shopper(), world.shopper()];
    const first = await placeOrder(ada);
    const second = await placeOrder(ada);
    await placeOrder(grace);

    const page = await world.caller(ada).myOrders.list({});

    expect(page.orders.map((order) => order.orderId)).toEqual([second, first]);
    expect(page.orders[0]).toMatchObject({ status: 'Placed', itemCount: 1 });
    expect(page.page).toMatchObject({ totalItems: 2 });
  });

  it('follows an order through its states, with the history of each change', async () => {
    const ada = world.shopper();
    const orderId = await placeOrder(ada);
    const { commands } = world.services;
    await markStockReserved(commands, { orderId }, system());
    const amount = { amountMinor: 1_250, currency: 'EUR' };
    await markPaymentAuthorized(commands, { orderId, paymentId: 'pay_1', amount }, system());
    await projectOrder(orderId);

    const { order } = await world.caller(ada).myOrders.byId({ orderId });
    const { changes } = await world.caller(ada).myOrders.statusHistory({ orderId });

    expect(order).toMatchObject({ orderId, status: 'Paid', cancellationReason: null });
    expect(changes?.map((change) => [change.fromStatus, change.toStatus])).toEqual([
      [null, 'Placed'],
      ['Placed', 'StockReserved'],
      ['StockReserved', 'Paid'],
    ]);
    // Who made a change stays in the back office.
    expect(Object.keys(changes?.[0] ?? {}).sort()).toEqual([
      'fromStatus',
      'occurredAt',
      'toStatus',
    ]);
  });

  it('says why an order was cancelled', async () => {
    const ada = world.shopper();
    const orderId = await placeOrder(ada);
    const { commands } = world.services;
    await markStockReserved(commands, { orderId }, system());
    await markPaymentDeclined(commands, { orderId, reason: 'Card declined' }, system());
    await cancelOrder(commands, { orderId, reason: 'Payment declined: Card declined' }, system());
    await projectOrder(orderId);

    const { order } = await world.caller(ada).myOrders.byId({ orderId });

    expect(order).toMatchObject({
      status: 'Cancelled',
      cancellationReason: 'Payment declined: Card declined',
    });
  });

  it("answers another shopper's order as not found, exactly like an unknown one", async () => {
    const [ada, mallory] = [world.shopper(), world.shopper()];
    const orderId = await placeOrder(ada);
    const asMallory = world.caller(mallory).myOrders;

    const theirs = await asMallory.byId({ orderId });
    const unknown = await asMallory.byId({ orderId: randomUUID() });

    expect(theirs.order).toBeNull();
    expect(unknown.order).toBeNull();
    expect((await asMallory.statusHistory({ orderId })).changes).toBeNull();
    expect((await asMallory.list({})).orders).toEqual([]);
  });

  it('refuses a signed-out visitor and an order id that is not one', async () => {
    const orderId = randomUUID();
    await expect(world.caller(null).myOrders.byId({ orderId })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(world.caller(null).myOrders.list({})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(
      world.caller(world.shopper()).myOrders.byId({ orderId: '../admin' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Order id must be a UUID'),
    });
    await expect(
      world.caller(world.shopper()).myOrders.list({ pageSize: 10_000 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
