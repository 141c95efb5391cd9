export { cartAggregate, cartStreamCategory, cartStreamId } from './cart.aggregate';
export { addToCart, changeCartQuantity, removeFromCart } from './cart.services';
export {
  findShopperCart,
  firstOpenSequence,
  isShopperCart,
  shopperCartId,
  type ShopperCart,
} from './shopper-carts';
export * from './cart.commands';
export * from './cart.inputs';
export { maxLinesPerCart, maxQuantityPerLine } from './cart.fields';
export {
  cartCheckedOut,
  cartEventCodec,
  cartItemAdded,
  cartItemQuantityChanged,
  cartItemRemoved,
} from './cart.events';
export type {
  CartCheckedOut,
  CartEvent,
  CartItemAdded,
  CartItemQuantityChanged,
  CartItemRemoved,
} from './cart.events';
export type { CartState } from './cart.state';
export type { CartError } from './cart.errors';
