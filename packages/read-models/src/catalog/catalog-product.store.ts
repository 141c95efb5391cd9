import { productStreamCategory } from '@shop/domain';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { ReadModelsTransaction } from '../prisma';
import type { Projection } from '../runtime/projection';
import {
  catalogProductEventTypes,
  evolveCatalogProduct,
  type CatalogProductRow,
} from './catalog-product.projection';

export const catalogProjectionName = 'catalog';

const catalogProductRowSelect = {
  productId: true,
  name: true,
  description: true,
  priceMinor: true,
  currency: true,
  version: true,
  addedAt: true,
  updatedAt: true,
} satisfies Prisma.CatalogProductSelect;

/** The storefront's product list: one row per product, written in the checkpoint's transaction. */
export const catalogProjection: Projection = {
  name: catalogProjectionName,
  subjectFilter: productStreamCategory,
  handles: catalogProductEventTypes,
  async apply(tx, event) {
    const productId = productIdOf(event.streamId);
    const current = await tx.catalogProduct.findUnique({
      where: { productId },
      select: catalogProductRowSelect,
    });
    const next = evolveCatalogProduct(current, event);
    if (next === current) return;
    if (next === null) {
      await tx.catalogProduct.delete({ where: { productId }, select: { productId: true } });
      return;
    }
    await save(tx, next);
  },
};

async function save(tx: ReadModelsTransaction, row: CatalogProductRow): Promise<void> {
  await tx.catalogProduct.upsert({
    where: { productId: row.productId },
    create: row,
    update: row,
    select: { productId: true },
  });
}

const productStreamIdSchema = z
  .string()
  .startsWith(`${productStreamCategory}-`)
  .transform((streamId) => streamId.slice(productStreamCategory.length + 1))
  .pipe(z.uuid());

/** The product id is the stream id's suffix: `product-<uuid>`. */
function productIdOf(streamId: string): string {
  const parsed = productStreamIdSchema.safeParse(streamId);
  if (!parsed.success) throw new Error(`Stream ${streamId} is not a product stream`);
  return parsed.data;
}
