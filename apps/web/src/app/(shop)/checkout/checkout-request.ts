import 'server-only';
import { checkOut, isShopperCart, orderEventCodec, orderStreamId } from '@shop/domain';
import { savePaymentMethod } from '@shop/payments';
import type { ShopperSession } from '../../../server/auth/guards';
import { runCommandAction } from '../../../server/command-action';
import { logger } from '../../../server/logger';
import { services } from '../../../server/services';
import { openCartOf } from '../cart/cart-requests';
import { forgetUnusedPaymentMethod } from './unused-payment-method';
import {
  checkCheckout,
  checkoutErrorsOf,
  type CheckoutFieldErrors,
  type CheckoutValues,
} from './checkout.schemas';

export type CheckoutOutcome =
  | {
      readonly ok: true;
      /** The order placed: the one the cart recorded, which a stale form may not have named. */
      readonly orderId: string;
      /** Where its OrderPlaced sits in the log (`<xid>:<position>`): what the order page awaits. */
      readonly position: string | null;
    }
  | {
      readonly ok: false;
      readonly message: string;
      readonly fieldErrors: CheckoutFieldErrors;
      readonly formErrors: readonly string[];
    };

const refused = (message: string): CheckoutOutcome => ({
  ok: false,
  message,
  fieldErrors: {},
  formErrors: [],
});
const unavailable = refused('Your order could not be placed just now. Please try again.');

/** An order id the form names that an order of another customer already has. */
async function isAnotherShoppersOrder(orderId: string, customerId: string): Promise<boolean> {
  const [first] = await services().commands.eventStore.readStream(orderStreamId(orderId), {
    toVersion: 1,
  });
  if (!first) return false;
  const placed = orderEventCodec.parse(first);
  return placed.type !== 'OrderPlaced' || placed.data.customerId !== customerId;
}

/**
 * The checkout, in the order the saga needs it: the card is checked and saved under the order id
 * the form was rendered with, then the cart is checked out as that order. The saga reads the card
 * when the order is placed, so it is saved first; the same order id on a retry (a double click, a
 * resubmitted form) replaces the card and places no second order. A checkout that places no order
 * under that id (refused, failed, or a stale form whose cart became another order) drops the card.
 */
export async function checkOutForShopper(
  session: ShopperSession,
  values: CheckoutValues,
): Promise<CheckoutOutcome> {
  const checked = checkCheckout(values);
  if (!checked.ok) {
    const { fieldErrors, formErrors } = checked;
    return {
      ok: false,
      message: 'Please correct the highlighted fields.',
      fieldErrors,
      formErrors,
    };
  }
  const { cartId, orderId, shippingAddress, card } = checked.request;
  const { customerId } = session;
  const log = logger.child({ command: 'CheckOut', customerId, orderId });
  const cart = await openCartOf(session);
  if (!cart) return unavailable;
  // Up to the open cart: a retried checkout names the cart it already closed.
  if (!isShopperCart(customerId, cartId, cart.sequence)) {
    log.warn({ outcome: 'refused' }, 'checkout of a cart that is not the shopper’s');
    return refused('This is not your cart, so nothing was ordered. Reload the page to see yours.');
  }
  try {
    if (await isAnotherShoppersOrder(orderId, customerId)) {
      log.warn({ outcome: 'refused' }, 'checkout named another customer’s order');
      return refused('This checkout form is out of date, so nothing was ordered. Reload the page.');
    }
    await savePaymentMethod(services().pool, { orderId, ...card });
  } catch (error) {
    log.error({ err: error, outcome: 'error' }, 'payment method could not be saved');
    return unavailable;
  }
  const { result, value } = await runCommandAction({
    command: 'CheckOut',
    session,
    streamId: orderStreamId(orderId),
    run: (deps, context) =>
      checkOut(deps, { cartId, orderId, customerId, shippingAddress }, context),
  });
  if (!result.ok) {
    await forgetUnusedPaymentMethod(orderId, log);
    return { ok: false, message: result.message, ...checkoutErrorsOf(result.fieldErrors) };
  }
  const placedId = value?.orderId ?? orderId;
  // A stale form: its cart had become another order already, so this form's card pays for nothing.
  if (placedId !== orderId) await forgetUnusedPaymentMethod(orderId, log);
  return { ok: true, orderId: placedId, position: result.position };
}
