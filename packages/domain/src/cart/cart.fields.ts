import { z } from 'zod';
import { wholeNumber, wholeNumberInput } from '../shared/whole-number';

/** Per line: more is a typo or a reseller, and either wants a person, not a cart. */
export const maxQuantityPerLine = 99;
/** Distinct products in one cart; keeps a checkout (and its event) a sane size. */
export const maxLinesPerCart = 50;

export const cartIdSchema = z.uuid('Cart id must be a UUID');
export const productIdSchema = z.uuid('Product id must be a UUID');
export const orderIdSchema = z.uuid('Order id must be a UUID');
export const customerIdSchema = z.uuid('Customer id must be a UUID');

const quantityBounds = { min: 1, max: maxQuantityPerLine };
export const quantitySchema = wholeNumber('Quantity', quantityBounds);
export const quantityInputSchema = wholeNumberInput('Quantity', quantityBounds);

export const productNameSchema = z
  .string()
  .trim()
  .min(1, 'Product name is required')
  .max(120, 'Product name must be at most 120 characters');
