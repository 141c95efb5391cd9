'use server';

import { shopperSession } from '~/server/auth/guards';
import { refusedAction, type CommandActionResult } from '~/server/command-action';
import {
  addToShopperCart,
  changeShopperCartQuantity,
  removeFromShopperCart,
} from './cart-requests';
import {
  signInToShop,
  type AddToCartRequest,
  type ChangeQuantityRequest,
  type RemoveLineRequest,
} from './cart.schemas';

const signInFirst = refusedAction(signInToShop);

/*
 * Thin on purpose: the session decides whose cart it is, and cart-requests.ts does the rest. The
 * parameters are typed for callers, but arrive from the browser as anything: they are parsed there.
 */

export async function addToCartAction(request: AddToCartRequest): Promise<CommandActionResult> {
  const session = await shopperSession();
  return session ? addToShopperCart(session, request) : signInFirst;
}

export async function changeQuantityAction(
  request: ChangeQuantityRequest,
): Promise<CommandActionResult> {
  const session = await shopperSession();
  return session ? changeShopperCartQuantity(session, request) : signInFirst;
}

export async function removeLineAction(request: RemoveLineRequest): Promise<CommandActionResult> {
  const session = await shopperSession();
  return session ? removeFromShopperCart(session, request) : signInFirst;
}
