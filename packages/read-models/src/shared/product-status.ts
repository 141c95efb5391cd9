import { z } from 'zod';

/** Unlisted: stock is known but the product was never added (yet). */
export const productStatusSchema = z.enum(['Unlisted', 'Listed', 'Discontinued']);
export type ProductStatus = z.infer<typeof productStatusSchema>;

export const productStatusOf = (product: { discontinued: boolean } | null): ProductStatus =>
  !product ? 'Unlisted' : product.discontinued ? 'Discontinued' : 'Listed';
