import { formatLogPosition } from '@shop/domain';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { ReadModelsPrisma } from '../prisma';
import { getProjectionCheckpoint } from '../runtime/checkpoint';
import { catalogProjectionName } from './catalog-product.store';

export const catalogProductViewSchema = z.object({
  productId: z.uuid(),
  name: z.string(),
  description: z.string(),
  price: z.object({ amountMinor: z.number().int(), currency: z.string().length(3) }),
});
export type CatalogProductView = z.infer<typeof catalogProductViewSchema>;

export interface CatalogPage {
  products: CatalogProductView[];
  /** The catalog's log position (`"<xid>:<position>"`), null before its first event. */
  checkpoint: string | null;
}

const catalogProductViewSelect = {
  productId: true,
  name: true,
  description: true,
  priceMinor: true,
  currency: true,
} satisfies Prisma.CatalogProductSelect;

/** The storefront's products, newest first, with how far the catalog has read the log. */
export async function listCatalogProducts(prisma: ReadModelsPrisma): Promise<CatalogPage> {
  // Checkpoint first: the rows read after it are at least that new, so a client told "your write is
  // at or below this checkpoint" will find it in the rows. The other order could claim too much.
  const checkpoint = await getCatalogCheckpoint(prisma);
  const rows = await prisma.catalogProduct.findMany({
    select: catalogProductViewSelect,
    orderBy: [{ addedAt: 'desc' }, { productId: 'asc' }],
  });
  const products = rows.map(({ priceMinor, currency, ...product }) => ({
    ...product,
    price: { amountMinor: priceMinor, currency },
  }));
  return { products, checkpoint };
}

export async function getCatalogCheckpoint(prisma: ReadModelsPrisma): Promise<string | null> {
  const position = await getProjectionCheckpoint(prisma, catalogProjectionName);
  return position && formatLogPosition(position);
}
