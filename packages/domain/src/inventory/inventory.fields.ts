import { z } from 'zod';
import { wholeNumber, wholeNumberInput } from '../shared/whole-number';

/** More than any one delivery or order could hold: a typo guard, not a warehouse limit. */
export const maxStockQuantity = 1_000_000;

export const productIdSchema = z.uuid('Product id must be a UUID');
export const orderIdSchema = z.uuid('Order id must be a UUID');

const positive = { min: 1, max: maxStockQuantity };
const counted = { min: 0, max: maxStockQuantity };

export const stockQuantitySchema = wholeNumber('Quantity', positive);
export const stockQuantityInputSchema = wholeNumberInput('Quantity', positive);
export const countedOnHandSchema = wholeNumber('Counted quantity', counted);
export const countedOnHandInputSchema = wholeNumberInput('Counted quantity', counted);

export const adjustmentReasonSchema = z
  .string({ error: 'Reason must be text' })
  .trim()
  .min(1, 'Reason is required')
  .max(200, 'Reason must be at most 200 characters');
