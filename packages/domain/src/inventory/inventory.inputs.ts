import { z } from 'zod';
import {
  adjustmentReasonSchema,
  countedOnHandInputSchema,
  productIdSchema,
  stockQuantityInputSchema,
} from './inventory.fields';

/*
 * What the stock admin's forms send (quantities as text or numbers). Reserve, release and commit
 * come from the order saga, not from a form: their inputs are the command data schemas.
 */

export const receiveStockInputSchema = z.object({
  productId: productIdSchema,
  quantity: stockQuantityInputSchema,
});
export type ReceiveStockInput = z.input<typeof receiveStockInputSchema>;

export const adjustStockInputSchema = z.object({
  productId: productIdSchema,
  countedOnHand: countedOnHandInputSchema,
  reason: adjustmentReasonSchema,
});
export type AdjustStockInput = z.input<typeof adjustStockInputSchema>;
