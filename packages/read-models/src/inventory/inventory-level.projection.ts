import { evolveProductLabel, type ProductLabel } from '../shared/product-listing';
import { productStockEvolver, type ProductStockRow } from '../shared/product-stock';

/** A product's stock, labelled with its name once the product stream has told it. */
export type InventoryLevelRow = ProductStockRow<ProductLabel>;

export const evolveInventoryLevel = productStockEvolver(evolveProductLabel);
