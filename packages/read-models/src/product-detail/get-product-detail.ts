import { z } from 'zod';
import type { ReadModelsPrisma } from '../prisma';
import { readModelCheckpoint, readModelCheckpointSchema } from '../shared/checkpoint';
import { listingColumnsSelect, listingFromColumns } from '../shared/listing-columns';
import { listingView, listingViewSchema } from '../shared/listing-view';
import { readProjection } from '../shared/read-projection';
import { productDetailProjectionName } from './product-detail.store';

export const getProductDetailInputSchema = z.object({ productId: z.uuid() });
export type GetProductDetailInput = z.input<typeof getProductDetailInputSchema>;

export const productDetailViewSchema = listingViewSchema.extend({
  /** A discontinued product can no longer be ordered. */
  discontinued: z.boolean(),
  addedAt: z.date(),
});
export type ProductDetailView = z.infer<typeof productDetailViewSchema>;

export const productDetailResultSchema = z.object({
  /** Null for a product never added (as far as this read model has read). */
  product: productDetailViewSchema.nullable(),
  checkpoint: readModelCheckpointSchema,
});
export type ProductDetailResult = z.infer<typeof productDetailResultSchema>;

/** One product for its page, with the checkpoint it reflects. */
export async function getProductDetail(
  prisma: ReadModelsPrisma,
  input: GetProductDetailInput,
): Promise<ProductDetailResult> {
  const { productId } = getProductDetailInputSchema.parse(input);
  return readProjection(prisma, productDetailProjectionName, async (tx, generation) => {
    const columns = await tx.productDetail.findUnique({
      where: { generation_productId: { generation, productId } },
      select: listingColumnsSelect,
    });
    const row = columns && listingFromColumns(columns);
    const view = row && listingView(row);
    if (!row?.product || !view) return { product: null };
    const { discontinued, addedAt } = row.product;
    return { product: { ...view, inStock: view.inStock && !discontinued, discontinued, addedAt } };
  });
}

export const getProductDetailCheckpoint = (prisma: ReadModelsPrisma) =>
  readModelCheckpoint(prisma, productDetailProjectionName);
