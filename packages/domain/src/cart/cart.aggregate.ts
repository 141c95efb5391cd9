import type { Aggregate } from '../application/handle-command';
import { cartCommandSchema, type CartCommand } from './cart.commands';
import { decideCart } from './cart.decide';
import type { CartError } from './cart.errors';
import { cartEventCodec, type CartEvent } from './cart.events';
import { evolveCart } from './cart.evolve';
import { initialCartState, type CartState } from './cart.state';

export const cartAggregate: Aggregate<CartCommand, CartEvent, CartState, CartError> = {
  decider: { initialState: initialCartState, decide: decideCart, evolve: evolveCart },
  codec: cartEventCodec,
  commandSchema: cartCommandSchema,
};

export const cartStreamCategory = 'cart';
export const cartStreamId = (cartId: string): string => `${cartStreamCategory}-${cartId}`;
