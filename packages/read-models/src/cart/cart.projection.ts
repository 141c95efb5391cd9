import {
  assertNever,
  cartEventCodec,
  cartStreamCategory,
  type CartEvent,
  type LineItem,
} from '@shop/domain';
import { streamRowEvolver, type StreamRow } from '../shared/stream-row';

/** A shopper's cart as the cart page shows it; after checkout, the lines as they were charged. */
export interface CartRow extends StreamRow {
  readonly cartId: string;
  readonly status: 'Open' | 'CheckedOut';
  readonly lines: readonly LineItem[];
  readonly orderId: string | null;
  readonly customerId: string | null;
}

type CartFields = Omit<CartRow, keyof StreamRow>;

export const cartEventTypes = cartEventCodec.definitions.map((definition) => definition.type);

const mapLines = (
  cart: CartFields,
  change: (lines: readonly LineItem[]) => readonly LineItem[],
) => ({ ...cart, lines: change(cart.lines) });

/** As the cart aggregate: adding a product already in the cart adds to it and takes the new price. */
function addLine(lines: readonly LineItem[], added: LineItem): readonly LineItem[] {
  const existing = lines.find((line) => line.productId === added.productId);
  if (!existing) return [...lines, added];
  return lines.map((line) =>
    line === existing ? { ...added, quantity: line.quantity + added.quantity } : line,
  );
}

function cartAfter(cart: CartFields, event: CartEvent): CartFields {
  switch (event.type) {
    case 'CartItemAdded': {
      const { productId, name, unitPrice, quantity } = event.data;
      return mapLines(cart, (lines) => addLine(lines, { productId, name, unitPrice, quantity }));
    }
    case 'CartItemQuantityChanged': {
      const { productId, quantity } = event.data;
      return mapLines(cart, (lines) =>
        lines.map((line) => (line.productId === productId ? { ...line, quantity } : line)),
      );
    }
    case 'CartItemRemoved':
      return mapLines(cart, (lines) =>
        lines.filter((line) => line.productId !== event.data.productId),
      );
    case 'CartCheckedOut': {
      const { orderId, customerId, lines } = event.data;
      return { ...cart, status: 'CheckedOut', orderId, customerId, lines };
    }
    default:
      return assertNever(event);
  }
}

const emptyCart = (cartId: string): CartFields => ({
  cartId,
  status: 'Open',
  lines: [],
  orderId: null,
  customerId: null,
});

/** Pure: a cart exists from its first event; there is nothing to create first. */
export const evolveCart = streamRowEvolver<CartRow, CartEvent>({
  category: cartStreamCategory,
  codec: cartEventCodec,
  idInData: (event) => event.data.cartId,
  create: (cartId, event) => cartAfter(emptyCart(cartId), event),
  evolve: cartAfter,
});
