import { formatMoney, totalOf, type LineItem } from '@shop/domain/storefront';

/*
 * The cart page's arithmetic, pure so it can be tested alone: the lines as the cart read model
 * answered them, with the shopper's edits the read model does not show yet laid over them.
 */

export type CartLine = Pick<LineItem, 'productId' | 'name' | 'unitPrice' | 'quantity'>;

/** A change sent (or being sent) for one line; `quantity: null` removes it. `seq` orders edits. */
export interface LineEdit {
  readonly seq: number;
  readonly quantity: number | null;
}

export type LineEdits = ReadonlyMap<string, LineEdit>;

export function withEdits(lines: readonly CartLine[], edits: LineEdits): CartLine[] {
  return lines.flatMap((line) => {
    const edit = edits.get(line.productId);
    if (!edit) return [line];
    return edit.quantity === null ? [] : [{ ...line, quantity: edit.quantity }];
  });
}

export interface CartSummary {
  readonly lines: readonly (CartLine & { readonly price: string; readonly lineTotal: string })[];
  readonly itemCount: number;
  /** Null for an empty cart: it has no currency. */
  readonly total: string | null;
}

export function summarize(lines: readonly CartLine[]): CartSummary {
  const currency = lines[0]?.unitPrice.currency;
  return {
    lines: lines.map((line) => ({
      ...line,
      price: formatMoney(line.unitPrice),
      lineTotal: formatMoney(totalOf(line.unitPrice.currency, [line])),
    })),
    itemCount: lines.reduce((count, line) => count + line.quantity, 0),
    total: currency === undefined ? null : formatMoney(totalOf(currency, lines)),
  };
}

/** The edits still to be shown by the read model once it has applied the write of edit `seq`. */
export function settledUpTo(edits: LineEdits, seq: number): LineEdits {
  return new Map([...edits].filter(([, edit]) => edit.seq > seq));
}

/** Takes back one edit the server refused, unless a later edit of the line replaced it. */
export function withoutEdit(edits: LineEdits, productId: string, seq: number): LineEdits {
  if (edits.get(productId)?.seq !== seq) return edits;
  const next = new Map(edits);
  next.delete(productId);
  return next;
}
