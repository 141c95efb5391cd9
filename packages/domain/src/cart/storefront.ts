/*
 * What the storefront's browser code validates and computes with: the cart's and checkout's input
 * schemas and the money arithmetic, all free of Node built-ins. The package root also exports the
 * command handlers, whose ids come from node:crypto, and a client bundle importing it would ship a
 * crypto polyfill to every shopper; this entry (`@shop/domain/storefront`) keeps it out.
 */
export { formatMoney, type Money } from '../shared/money';
export { totalOf, type LineItem } from '../shared/line-item';
export {
  shippingAddressSchema,
  type ShippingAddress,
  type ShippingAddressInput,
} from '../shared/shipping-address';
export { maxQuantityPerLine, quantityInputSchema } from './cart.fields';
export {
  addToCartFormSchema,
  changeCartQuantityInputSchema,
  checkOutInputSchema,
  removeFromCartInputSchema,
  type AddToCartForm,
  type ChangeCartQuantityInput,
  type CheckOutInput,
  type RemoveFromCartInput,
} from './cart.inputs';
