import { moneySchema } from '@shop/domain';
import { z } from 'zod';
import type { ListingRow } from './listing-columns';
import { availableOf } from './stock-level';

/** A product as a shopper sees it, in the catalog and on its page. */
export const listingViewSchema = z.object({
  productId: z.uuid(),
  name: z.string(),
  description: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  price: moneySchema,
  /** Units that can still be ordered: on hand minus reserved, never negative. */
  available: z.number().int().nonnegative(),
  inStock: z.boolean(),
});
export type ListingView = z.infer<typeof listingViewSchema>;

/** Null for a product not added yet: stock alone is not something to show. */
export function listingView({ productId, product, stock }: ListingRow): ListingView | null {
  if (!product) return null;
  const { name, description, category, tags, price } = product;
  const available = availableOf(stock);
  return {
    productId,
    name,
    description,
    category,
    tags: [...tags],
    price,
    available,
    inStock: available > 0,
  };
}
