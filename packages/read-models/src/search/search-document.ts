import { moneySchema } from '@shop/domain';
import { z } from 'zod';

/** What the product stream tells search about a product. */
export const searchProductSchema = z.object({
  name: z.string(),
  description: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  price: moneySchema,
  /** When it was added (the ProductAdded's recorded time), for "newest first". */
  addedAt: z.iso.datetime({ offset: true }),
  discontinued: z.boolean(),
});
export type SearchProduct = z.infer<typeof searchProductSchema>;

/** What the inventory stream tells search: enough to say whether an order could take one now. */
export const searchStockSchema = z.object({
  onHand: z.number().int(),
  reserved: z.number().int().nonnegative(),
});
export type SearchStock = z.infer<typeof searchStockSchema>;

/**
 * A product's search document, fed by two streams, `product-<id>` and `inventory-<id>`, each
 * through its own part (see search-document.evolve.ts). Each part keeps the version of its stream
 * it reflects, so an event applied before changes nothing, whichever stream arrives first and
 * however often either is replayed.
 */
export const searchDocumentSchema = z.object({
  productId: z.uuid(),
  productVersion: z.number().int().nonnegative(),
  /** Null until the product stream's ProductAdded (stock may be known before). */
  product: searchProductSchema.nullable(),
  inventoryVersion: z.number().int().nonnegative(),
  stock: searchStockSchema,
});
export type SearchDocument = z.infer<typeof searchDocumentSchema>;

/** One stream's share of a document: its state and the version of the stream it reflects. */
export interface DocumentPart<State> {
  version: number;
  state: State;
}
export type ProductPart = DocumentPart<SearchProduct | null>;
export type StockPart = DocumentPart<SearchStock>;

export const noProductPart: ProductPart = { version: 0, state: null };
export const noStockPart: StockPart = { version: 0, state: { onHand: 0, reserved: 0 } };

/** The document made of the two streams' parts. */
export const searchDocumentOf = (
  productId: string,
  product: ProductPart,
  stock: StockPart,
): SearchDocument => ({
  productId,
  productVersion: product.version,
  product: product.state,
  inventoryVersion: stock.version,
  stock: stock.state,
});

/** Found by search: added and not discontinued. */
export const isListed = (product: SearchProduct | null): product is SearchProduct =>
  product !== null && !product.discontinued;

export const isInStock = ({ onHand, reserved }: SearchStock): boolean => onHand - reserved > 0;
