import { adminOrdersProjection } from './admin-orders/admin-orders.store';
import { cartProjection } from './cart/cart.store';
import { catalogProjection } from './catalog/catalog-product.store';
import { inventoryLevelsProjection } from './inventory/inventory-level.store';
import { orderHistoryProjection } from './order-history/order-history.store';
import { customerOrdersProjection } from './orders/customer-order.store';
import { productDetailProjection } from './product-detail/product-detail.store';
import type { PostgresProjection } from './runtime/projection';

/**
 * The shop's Postgres read models, the ones every deployment runs (search is chosen apart, by its
 * engine). The worker runs them; the admin console re-runs their handlers to retry dead letters.
 */
export const postgresReadModels: readonly PostgresProjection[] = [
  catalogProjection,
  productDetailProjection,
  inventoryLevelsProjection,
  cartProjection,
  customerOrdersProjection,
  adminOrdersProjection,
  orderHistoryProjection,
];
