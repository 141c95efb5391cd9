import {
  getProductDetailInputSchema,
  productDetailResultSchema,
  productDetailViewSchema,
} from '@shop/read-models';
import { z } from 'zod';

export const adminProductByIdInputSchema = getProductDetailInputSchema;

export const adminProductSchema = productDetailViewSchema.extend({
  formattedPrice: z.string(),
  /** The price as the reprice form shows it: "12.50". */
  priceText: z.string(),
});
export type AdminProduct = z.infer<typeof adminProductSchema>;

/** The product (null when the read model does not know it yet) and the checkpoint it reflects. */
export const adminProductByIdOutputSchema = productDetailResultSchema.extend({
  product: adminProductSchema.nullable(),
});
