import { z } from 'zod';
import { currencySchema, decimalPriceSchema } from '../shared/money';
import {
  categorySchema,
  discontinueReasonSchema,
  productDescriptionSchema,
  productIdSchema,
  productNameSchema,
  tagsSchema,
} from './product.fields';

/*
 * What admin forms send: text fields. One schema per command validates the form in the browser,
 * the server action and a tRPC input alike, and its output is (or maps directly to) the command.
 */

/** "Home Decor" → "home-decor": an admin types a name, the catalog keeps a slug. */
const categoryText = z
  .string()
  .trim()
  .transform((text) => text.toLowerCase().replace(/[\s_]+/g, '-'))
  .pipe(categorySchema);

/** An empty category field means "no category yet". */
const optionalCategoryText = z
  .string()
  .trim()
  .transform((text) => (text === '' ? undefined : text))
  .pipe(categoryText.optional());

/** Tags as one comma-separated field ("gift, Linen") or as repeated fields (checkboxes). */
const tagsText = z
  .union([z.string().transform((text) => text.split(',')), z.array(z.string())], {
    error: 'Tags must be text, separated by commas',
  })
  .transform((tags) => tags.filter((tag) => tag.trim() !== ''))
  .pipe(tagsSchema);

export const addProductInputSchema = z.object({
  name: productNameSchema,
  description: productDescriptionSchema.default(''),
  price: decimalPriceSchema,
  currency: currencySchema.default('EUR'),
  category: optionalCategoryText.optional(),
});
export type AddProductInput = z.input<typeof addProductInputSchema>;

export const renameProductInputSchema = z.object({
  productId: productIdSchema,
  name: productNameSchema,
});
export type RenameProductInput = z.input<typeof renameProductInputSchema>;

export const describeProductInputSchema = z.object({
  productId: productIdSchema,
  description: productDescriptionSchema.default(''),
});
export type DescribeProductInput = z.input<typeof describeProductInputSchema>;

export const setProductCategoryInputSchema = z.object({
  productId: productIdSchema,
  category: categoryText,
});
export type SetProductCategoryInput = z.input<typeof setProductCategoryInputSchema>;

export const setProductTagsInputSchema = z.object({
  productId: productIdSchema,
  tags: tagsText.default([]),
});
export type SetProductTagsInput = z.input<typeof setProductTagsInputSchema>;

export const repriceProductInputSchema = z.object({
  productId: productIdSchema,
  price: decimalPriceSchema,
  currency: currencySchema.default('EUR'),
});
export type RepriceProductInput = z.input<typeof repriceProductInputSchema>;

export const discontinueProductInputSchema = z.object({
  productId: productIdSchema,
  reason: discontinueReasonSchema.optional(),
});
export type DiscontinueProductInput = z.input<typeof discontinueProductInputSchema>;
