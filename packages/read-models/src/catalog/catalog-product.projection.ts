import type { ListingRow } from '../shared/listing-columns';
import { evolveProductListing } from '../shared/product-listing';
import { productStockEvolver } from '../shared/product-stock';

/** One catalog row: the product's listing (null until added) and its stock, each with its version. */
export type CatalogProductRow = ListingRow;

/** Pure, so replays and rebuilds give the same rows; product and inventory events in any order. */
export const evolveCatalogProduct = productStockEvolver(evolveProductListing);
