import { inventoryStreamId, productStreamId } from '@shop/domain';
import { z } from 'zod';
import {
  isInStock,
  isListed,
  noProductPart,
  noStockPart,
  searchDocumentOf,
  searchDocumentSchema,
  searchProductSchema,
  searchStockSchema,
  type ProductPart,
  type SearchDocument,
  type StockPart,
} from '../search-document';

/*
 * The index holds two kinds of documents. Per product, one search document (id: the product id)
 * that queries read. Per stream, one part (id: the stream id) that only that stream writes, with
 * the stream version as its external version: a product's two streams are applied concurrently by
 * different partitions, and a single document written by both would let one overwrite the other's
 * change. The search document is rebuilt from both parts after they are written.
 */

/** The indexed search document: the document plus what queries filter on, derived from it. */
export const searchSourceSchema = searchDocumentSchema.extend({
  listed: z.boolean(),
  inStock: z.boolean(),
});
export type SearchSource = z.infer<typeof searchSourceSchema>;

const version = z.number().int().nonnegative();
const productPartSourceSchema = z.object({
  part: z.object({ version, state: searchProductSchema.nullable() }),
});
const stockPartSourceSchema = z.object({ part: z.object({ version, state: searchStockSchema }) });
export interface PartSource {
  part: ProductPart | StockPart;
}

export const toSearchSource = (document: SearchDocument): SearchSource => ({
  ...document,
  listed: isListed(document.product),
  inStock: isInStock(document.stock),
});

export const toPartSource = (part: ProductPart | StockPart): PartSource => ({ part });

/** What a multi-get found, by document id (absent: no such document). */
export type StoredSources = ReadonlyMap<string, unknown>;

export const productPartIn = (stored: StoredSources, productId: string): ProductPart => {
  const source = stored.get(productStreamId(productId));
  return source === undefined ? noProductPart : productPartSourceSchema.parse(source).part;
};

export const stockPartIn = (stored: StoredSources, productId: string): StockPart => {
  const source = stored.get(inventoryStreamId(productId));
  return source === undefined ? noStockPart : stockPartSourceSchema.parse(source).part;
};

/** The search document both stored parts make. */
export const documentFromParts = (stored: StoredSources, productId: string): SearchDocument =>
  searchDocumentOf(productId, productPartIn(stored, productId), stockPartIn(stored, productId));

export const searchDocumentIn = (
  stored: StoredSources,
  productId: string,
): SearchDocument | null => {
  const source = stored.get(productId);
  return source === undefined ? null : searchDocumentSchema.parse(source);
};

const inventoryVersionLimit = 2 ** 32;

/**
 * The search document's external version: productVersion · 2³² + inventoryVersion. Each stream's
 * version only grows and applying an event moves one of them up, so the version grows with every
 * change and is the same for the same events: a replay or a duplicate is refused by Elasticsearch
 * as a conflict (already applied), and an older document can never replace a newer one.
 */
export function externalVersion({ productVersion, inventoryVersion }: SearchDocument): number {
  const composite = productVersion * inventoryVersionLimit + inventoryVersion;
  if (inventoryVersion >= inventoryVersionLimit || !Number.isSafeInteger(composite)) {
    throw new RangeError(
      `Stream versions ${productVersion}/${inventoryVersion} do not fit an external version`,
    );
  }
  return composite;
}
