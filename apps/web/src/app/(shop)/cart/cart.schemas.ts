import {
  addToCartFormSchema,
  changeCartQuantityInputSchema,
  removeFromCartInputSchema,
} from '@shop/domain/storefront';
import type { z } from 'zod';

/*
 * What the storefront's cart controls send; the same schemas check them in the browser and in the
 * server actions. Free of server imports, so client components can use them.
 */

/**
 * The add-to-cart button: the product and how many. The cart is the shopper's open one and the
 * name and price are the catalog's: neither is the browser's to say.
 */
export const addToCartRequestSchema = addToCartFormSchema.omit({ cartId: true });
export type AddToCartRequest = z.input<typeof addToCartRequestSchema>;

/**
 * The cart page's quantity control. It names the cart shown, so a change made on a page showing
 * a cart that is no longer open is refused instead of landing in another cart.
 */
export const changeQuantityRequestSchema = changeCartQuantityInputSchema;
export type ChangeQuantityRequest = z.input<typeof changeQuantityRequestSchema>;

export const removeLineRequestSchema = removeFromCartInputSchema;
export type RemoveLineRequest = z.input<typeof removeLineRequestSchema>;

/** What the cart's actions answer a visitor who is not signed in as a shopper. */
export const signInToShop = 'Sign in to use your cart. Nothing was changed.';
