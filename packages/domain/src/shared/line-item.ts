import { z } from 'zod';
import { moneySchema, positiveMoneySchema, type Money } from './money';

/**
 * A line as charged: which product, under which name, at which unit price, how many. The cart
 * records them at checkout and the order is made of them, so both share this vocabulary.
 */
export const lineItemSchema = z.object({
  productId: z.uuid('Product id must be a UUID'),
  name: z.string().trim().min(1, 'Product name is required'),
  unitPrice: positiveMoneySchema,
  quantity: z.number().int('Quantity must be a whole number').positive(),
});
export type LineItem = z.infer<typeof lineItemSchema>;

/** The stored form: shape only, so a rule tightened later never makes old events unreadable. */
export const recordedLineItemSchema = z.object({
  productId: z.uuid(),
  name: z.string().min(1),
  unitPrice: moneySchema,
  quantity: z.number().int().positive(),
});

/** Sums lines priced in `currency`; integer minor units, so no rounding ever happens. */
export const totalOf = (currency: string, lines: readonly LineItem[]): Money => ({
  currency,
  amountMinor: lines.reduce((sum, line) => sum + line.unitPrice.amountMinor * line.quantity, 0),
});

/** True when every line is priced in `total`'s currency and the lines add up to it. */
export const linesAddUpTo = (lines: readonly LineItem[], total: Money): boolean =>
  lines.every((line) => line.unitPrice.currency === total.currency) &&
  totalOf(total.currency, lines).amountMinor === total.amountMinor;
