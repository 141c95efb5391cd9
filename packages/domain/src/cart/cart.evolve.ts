import type { LineItem } from '../shared/line-item';
import { assertNever } from '../shared/decider';
import type { CartEvent, CartItemAdded } from './cart.events';
import type { CartState } from './cart.state';

/** Line changes apply to an open cart only; decide never emits them otherwise. */
function withLines(
  state: CartState,
  change: (lines: readonly LineItem[]) => readonly LineItem[],
): CartState {
  return state.status === 'Open' ? { ...state, lines: change(state.lines) } : state;
}

function addLine(lines: readonly LineItem[], { data }: CartItemAdded): readonly LineItem[] {
  const { productId, name, unitPrice, quantity } = data;
  const existing = lines.find((line) => line.productId === productId);
  if (!existing) return [...lines, { productId, name, unitPrice, quantity }];
  return lines.map((line) =>
    line === existing ? { productId, name, unitPrice, quantity: line.quantity + quantity } : line,
  );
}

export function evolveCart(state: CartState, event: CartEvent): CartState {
  switch (event.type) {
    case 'CartItemAdded':
      return withLines(state, (lines) => addLine(lines, event));
    case 'CartItemQuantityChanged':
      return withLines(state, (lines) =>
        lines.map((line) =>
          line.productId === event.data.productId
            ? { ...line, quantity: event.data.quantity }
            : line,
        ),
      );
    case 'CartItemRemoved':
      return withLines(state, (lines) =>
        lines.filter((line) => line.productId !== event.data.productId),
      );
    case 'CartCheckedOut':
      return { status: 'CheckedOut', orderId: event.data.orderId };
    default:
      return assertNever(event);
  }
}
