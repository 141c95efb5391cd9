import {
  getProductDetailInputSchema,
  productDetailViewSchema,
  readModelCheckpointSchema,
} from '@shop/read-models';
import { z } from 'zod';

export const catalogProductInputSchema = getProductDetailInputSchema;

export const productPageSchema = productDetailViewSchema.extend({ formattedPrice: z.string() });
export type ProductPageView = z.infer<typeof productPageSchema>;

export const catalogProductOutputSchema = z.object({
  /** Null for a product never added, as far as the product pages have read. */
  product: productPageSchema.nullable(),
  checkpoint: readModelCheckpointSchema,
});
