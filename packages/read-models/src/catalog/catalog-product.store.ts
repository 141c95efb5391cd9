import type { PostgresProjection } from '../runtime/projection';
import { listingTable } from '../shared/listing-table';
import { productStockProjection } from '../shared/product-stock-projection';
import { evolveCatalogProduct } from './catalog-product.projection';

export const catalogProjectionName = 'catalog';

/** The storefront's product list, fed by product and inventory events. */
export const catalogProjection: PostgresProjection = productStockProjection(
  catalogProjectionName,
  evolveCatalogProduct,
  listingTable((tx) => tx.catalogProduct, 'catalog_products'),
);
