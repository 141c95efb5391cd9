import { z } from 'zod';
import { shippingAddressSchema } from '../shared/shipping-address';
import { positiveMoneySchema } from '../shared/money';
import {
  cartIdSchema,
  customerIdSchema,
  orderIdSchema,
  productIdSchema,
  productNameSchema,
  quantityInputSchema,
} from './cart.fields';

/*
 * What the storefront sends. Quantities may be text ("2") or numbers. The same schemas serve the
 * form, the server action and tRPC inputs.
 */

/** The "add to cart" button: what the browser may decide. */
export const addToCartFormSchema = z.object({
  cartId: cartIdSchema,
  productId: productIdSchema,
  quantity: quantityInputSchema.default(1),
});
export type AddToCartForm = z.input<typeof addToCartFormSchema>;

/**
 * The service's input: the form plus the product as the shop showed it, looked up by the server
 * in the catalog. Never take a name or price from the browser: a shopper could set their own.
 */
export const addToCartInputSchema = addToCartFormSchema.extend({
  productName: productNameSchema,
  unitPrice: positiveMoneySchema,
});
export type AddToCartInput = z.input<typeof addToCartInputSchema>;

export const changeCartQuantityInputSchema = z.object({
  cartId: cartIdSchema,
  productId: productIdSchema,
  quantity: quantityInputSchema,
});
export type ChangeCartQuantityInput = z.input<typeof changeCartQuantityInputSchema>;

export const removeFromCartInputSchema = z.object({
  cartId: cartIdSchema,
  productId: productIdSchema,
});
export type RemoveFromCartInput = z.input<typeof removeFromCartInputSchema>;

/**
 * The checkout form. `orderId` is generated when the form is rendered (a hidden field), so that a
 * resubmitted form retries the same order; `customerId` comes from the session, null for a guest.
 */
export const checkOutInputSchema = z.object({
  cartId: cartIdSchema,
  orderId: orderIdSchema,
  customerId: customerIdSchema.nullable().default(null),
  shippingAddress: shippingAddressSchema,
});
export type CheckOutInput = z.input<typeof checkOutInputSchema>;
