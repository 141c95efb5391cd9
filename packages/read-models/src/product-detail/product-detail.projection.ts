import type { ListingRow } from '../shared/listing-columns';
import { evolveProductListing } from '../shared/product-listing';
import { productStockEvolver } from '../shared/product-stock';

/**
 * A product page's row: the listing (null until added) and its stock. Unlike the catalog, the page
 * of a discontinued product still answers, since orders and old links point at it.
 */
export type ProductDetailRow = ListingRow;

export const evolveProductDetail = productStockEvolver(evolveProductListing);
