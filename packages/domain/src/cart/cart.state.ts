import type { LineItem } from '../shared/line-item';

/**
 * Open: lines may change (a cart nobody has touched is simply open and empty, there is nothing to
 * create first). CheckedOut: closed for good; it remembers only the order it became, which is all
 * a repeated checkout needs.
 */
export type CartState =
  | { readonly status: 'Open'; readonly lines: readonly LineItem[] }
  | { readonly status: 'CheckedOut'; readonly orderId: string };

export type OpenCart = Extract<CartState, { status: 'Open' }>;

export const initialCartState: CartState = { status: 'Open', lines: [] };

/** One currency per cart: the first line's. An empty cart accepts any. */
export const cartCurrency = (cart: OpenCart): string | undefined =>
  cart.lines[0]?.unitPrice.currency;

export const lineFor = (cart: OpenCart, productId: string): LineItem | undefined =>
  cart.lines.find((line) => line.productId === productId);
