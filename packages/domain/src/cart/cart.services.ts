import { commandServices } from '../application/command-service';
import { cartAggregate, cartStreamId } from './cart.aggregate';
import {
  addToCartInputSchema,
  changeCartQuantityInputSchema,
  removeFromCartInputSchema,
} from './cart.inputs';

const cartService = commandServices(cartAggregate, (command) => cartStreamId(command.data.cartId));

/** Adds a product at the price shown; the same product again adds to its quantity. */
export const addToCart = cartService(addToCartInputSchema, ({ productName, ...data }) => ({
  type: 'AddItem',
  data: { ...data, name: productName },
}));

export const changeCartQuantity = cartService(changeCartQuantityInputSchema, (data) => ({
  type: 'ChangeQuantity',
  data,
}));

export const removeFromCart = cartService(removeFromCartInputSchema, (data) => ({
  type: 'RemoveItem',
  data,
}));
