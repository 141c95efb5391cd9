import type { PostgresProjection } from '../runtime/projection';
import { listingTable } from '../shared/listing-table';
import { productStockProjection } from '../shared/product-stock-projection';
import { evolveProductDetail } from './product-detail.projection';

export const productDetailProjectionName = 'product-detail';

/** One product's page, fed by product and inventory events. */
export const productDetailProjection: PostgresProjection = productStockProjection(
  productDetailProjectionName,
  evolveProductDetail,
  listingTable((tx) => tx.productDetail, 'product_details'),
);
