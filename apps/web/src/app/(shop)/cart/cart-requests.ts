import 'server-only';
import {
  addToCart,
  cartStreamId,
  changeCartQuantity,
  findShopperCart,
  removeFromCart,
  validationFailed,
  type CartError,
  type CommandService,
  type ShopperCart,
} from '@shop/domain';
import { getProductDetail } from '@shop/read-models';
import type { z } from 'zod';
import type { ShopperSession } from '../../../server/auth/guards';
import {
  refusedAction,
  runCommandAction,
  type CommandActionResult,
} from '../../../server/command-action';
import { logger } from '../../../server/logger';
import { services } from '../../../server/services';
import {
  addToCartRequestSchema,
  changeQuantityRequestSchema,
  removeLineRequestSchema,
} from './cart.schemas';

/*
 * What the cart's server actions do, apart from Next so that tests can call it: each takes the
 * signed-in shopper (the action reads the session) and untrusted input, and runs a cart command on
 * the shopper's open cart only.
 */

const notYourOpenCart = refusedAction(
  'This is not your open cart, so nothing was changed. Reload the page to see your cart.',
);
const cartUnavailable = refusedAction('Your cart could not be reached just now. Please try again.');

function invalidRequest(error: z.ZodError): CommandActionResult {
  const { message, fieldErrors } = validationFailed(error);
  return { ok: false, message, fieldErrors };
}

/** The shopper's open cart, from the write side; null (and logged) when the event store fails. */
export async function openCartOf(session: ShopperSession): Promise<ShopperCart | null> {
  try {
    return await findShopperCart(services().commands, session.customerId);
  } catch (error) {
    logger.error({ err: error, customerId: session.customerId }, 'open cart lookup failed');
    return null;
  }
}

/** Adds a product to the shopper's open cart at the price the catalog shows for it. */
export async function addToShopperCart(
  session: ShopperSession,
  input: unknown,
): Promise<CommandActionResult> {
  const parsed = addToCartRequestSchema.safeParse(input);
  if (!parsed.success) return invalidRequest(parsed.error);
  const { productId, quantity } = parsed.data;
  const { product } = await getProductDetail(services().prisma, { productId });
  if (!product) return refusedAction('That product is not in the shop, so nothing was added.');
  if (product.discontinued) {
    return refusedAction(`${product.name} is no longer sold, so it was not added.`);
  }
  const cart = await openCartOf(session);
  if (!cart) return cartUnavailable;
  const { cartId } = cart;
  const { name: productName, price: unitPrice } = product;
  const { result } = await runCommandAction({
    command: 'AddItem',
    session,
    streamId: cartStreamId(cartId),
    run: (deps, context) =>
      addToCart(deps, { cartId, productId, quantity, productName, unitPrice }, context),
  });
  return result;
}

/**
 * A change to a line of the cart the page showed, run only if that is the shopper's open cart: the
 * input names the cart, so a page left open on a cart that was checked out meanwhile (or a forged
 * request naming someone else's) changes nothing.
 */
function openCartChange<Schema extends z.ZodType<{ cartId: string }>>(
  schema: Schema,
  command: string,
  service: CommandService<CartError>,
) {
  return async (session: ShopperSession, input: unknown): Promise<CommandActionResult> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return invalidRequest(parsed.error);
    const cart = await openCartOf(session);
    if (!cart) return cartUnavailable;
    const { cartId } = parsed.data;
    if (cart.cartId !== cartId) {
      logger.warn({ customerId: session.customerId, command }, 'not the open cart');
      return notYourOpenCart;
    }
    const { result } = await runCommandAction({
      command,
      session,
      streamId: cartStreamId(cartId),
      run: (deps, context) => service(deps, parsed.data, context),
    });
    return result;
  };
}

export const changeShopperCartQuantity = openCartChange(
  changeQuantityRequestSchema,
  'ChangeQuantity',
  changeCartQuantity,
);

export const removeFromShopperCart = openCartChange(
  removeLineRequestSchema,
  'RemoveItem',
  removeFromCart,
);
