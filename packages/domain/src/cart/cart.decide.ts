import { totalOf } from '../shared/line-item';
import { assertNever } from '../shared/decider';
import { err, ok, type Result } from '../shared/result';
import type { AddItem, CartCommand, ChangeQuantity, CheckOut, RemoveItem } from './cart.commands';
import {
  cartAlreadyCheckedOut,
  cartCurrencyMismatch,
  cartEmpty,
  cartFull,
  cartItemNotFound,
  cartQuantityTooLarge,
  type CartError,
} from './cart.errors';
import type { CartEvent } from './cart.events';
import { maxLinesPerCart, maxQuantityPerLine } from './cart.fields';
import { cartCurrency, lineFor, type CartState, type OpenCart } from './cart.state';

type Decision = Result<readonly CartEvent[], CartError>;

/** What was asked already holds: succeed and record nothing (a double click is not an error). */
const unchanged: Decision = ok([]);

/** Every change needs an open cart: after checkout the lines are the order's. */
function whileOpen(state: CartState, change: (cart: OpenCart) => Decision): Decision {
  switch (state.status) {
    case 'Open':
      return change(state);
    case 'CheckedOut':
      return err(cartAlreadyCheckedOut(state.orderId));
    default:
      return assertNever(state);
  }
}

function addItem({ data }: AddItem, state: CartState): Decision {
  return whileOpen(state, (cart) => {
    const currency = cartCurrency(cart);
    if (currency && currency !== data.unitPrice.currency) {
      return err(cartCurrencyMismatch(currency, data.unitPrice.currency));
    }
    const inCart = lineFor(cart, data.productId)?.quantity;
    if (inCart === undefined && cart.lines.length >= maxLinesPerCart) return err(cartFull());
    if ((inCart ?? 0) + data.quantity > maxQuantityPerLine) {
      return err(cartQuantityTooLarge(data.name, inCart ?? 0));
    }
    return ok([{ type: 'CartItemAdded', data }]);
  });
}

function changeQuantity({ data }: ChangeQuantity, state: CartState): Decision {
  return whileOpen(state, (cart) => {
    const line = lineFor(cart, data.productId);
    if (!line) return err(cartItemNotFound(data.productId));
    if (line.quantity === data.quantity) return unchanged;
    return ok([{ type: 'CartItemQuantityChanged', data }]);
  });
}

/** Removing what is not there already holds: the shopper's intent is met. */
function removeItem({ data }: RemoveItem, state: CartState): Decision {
  return whileOpen(state, (cart) =>
    lineFor(cart, data.productId) ? ok([{ type: 'CartItemRemoved', data }]) : unchanged,
  );
}

/**
 * Checking out again for the same order changes nothing, so a retried checkout can go on to place
 * that order; for another order it is refused, since the cart became the first one.
 */
function checkOut({ data }: CheckOut, state: CartState): Decision {
  if (state.status === 'CheckedOut') {
    return state.orderId === data.orderId ? unchanged : err(cartAlreadyCheckedOut(state.orderId));
  }
  const currency = cartCurrency(state);
  if (!currency) return err(cartEmpty());
  const lines = [...state.lines];
  return ok([
    { type: 'CartCheckedOut', data: { ...data, lines, total: totalOf(currency, lines) } },
  ]);
}

export function decideCart(command: CartCommand, state: CartState): Decision {
  switch (command.type) {
    case 'AddItem':
      return addItem(command, state);
    case 'ChangeQuantity':
      return changeQuantity(command, state);
    case 'RemoveItem':
      return removeItem(command, state);
    case 'CheckOut':
      return checkOut(command, state);
    default:
      return assertNever(command);
  }
}
