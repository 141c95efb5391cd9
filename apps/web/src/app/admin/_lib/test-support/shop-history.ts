import { randomUUID } from 'node:crypto';
import {
  addProduct,
  addToCart,
  checkOut,
  confirmOrder,
  markPaymentAuthorized,
  markStockReserved,
  receiveStock,
  registerCustomer,
  type CommandContext,
  type CommandHandlerDeps,
  type Result,
} from '@shop/domain';

/*
 * Histories for the admin's tests, written through the domain's services as the storefront and the
 * order saga would write them (no saga runs in these tests: its steps are played here).
 */

const asSaga = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'system:order-saga',
});

async function accepted<Value>(outcome: Promise<Result<Value, { message: string }>>) {
  const result = await outcome;
  if (!result.ok)
    throw new Error(`Refused while writing the test history: ${result.error.message}`);
  return result.value;
}

export async function listedProduct(deps: CommandHandlerDeps, name = 'Walnut desk lamp') {
  const { productId } = await accepted(
    addProduct(
      deps,
      { name, description: 'Warm light', price: '79.00', category: 'lighting' },
      asSaga(),
    ),
  );
  await accepted(receiveStock(deps, { productId, quantity: 10 }, asSaga()));
  return { productId, name, unitPrice: { amountMinor: 7_900, currency: 'EUR' } };
}

export async function registeredCustomer(deps: CommandHandlerDeps, name = 'Grace Hopper') {
  const email = `grace-${randomUUID().slice(0, 8)}@shop.example`;
  const { customerId } = await accepted(registerCustomer(deps, { email, name }, asSaga()));
  return { customerId, email, name };
}

/** A customer's order of two lamps, placed and taken to Confirmed as the saga would. */
export async function confirmedOrder(deps: CommandHandlerDeps, customerId: string | null) {
  const product = await listedProduct(deps);
  const [cartId, orderId] = [randomUUID(), randomUUID()];
  const shopper: CommandContext = {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    actor: customerId ? `customer:${customerId}` : 'customer:guest',
  };
  const { productId, name: productName, unitPrice } = product;
  await accepted(
    addToCart(deps, { cartId, productId, productName, unitPrice, quantity: 2 }, shopper),
  );
  const shippingAddress = {
    recipient: 'Grace Hopper',
    line1: '1 Navy Yard',
    postalCode: '20374',
    city: 'Washington',
    country: 'US',
  };
  await accepted(checkOut(deps, { cartId, orderId, customerId, shippingAddress }, shopper));
  const total = { amountMinor: 15_800, currency: 'EUR' };
  await accepted(markStockReserved(deps, { orderId }, asSaga()));
  await accepted(
    markPaymentAuthorized(deps, { orderId, paymentId: `pay_${orderId}`, amount: total }, asSaga()),
  );
  await accepted(confirmOrder(deps, { orderId }, asSaga()));
  return { orderId, cartId, total, product };
}

/** A FormData as a browser would send the form. */
export function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}
