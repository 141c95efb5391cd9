export { createPrismaClient, type ReadModelsPrisma, type ReadModelsTransaction } from './prisma';
export { getProjectionCheckpoint } from './runtime/checkpoint';
export type { Projection } from './runtime/projection';
export { MalformedEvent } from './shared/malformed-event';
export {
  checkpointReaches,
  readModelCheckpointSchema,
  type ReadModelCheckpoint,
} from './shared/checkpoint';
export { pageInfoSchema, pageInputSchema, type PageInfo } from './shared/page';
export { orderStatusSchema } from './shared/order-progress';
export { productStatusSchema, type ProductStatus } from './shared/product-status';
export { evolveCatalogProduct, type CatalogProductRow } from './catalog/catalog-product.projection';
export { catalogProjection, catalogProjectionName } from './catalog/catalog-product.store';
export {
  catalogPageSchema,
  catalogProductViewSchema,
  getCatalogCheckpoint,
  listCatalog,
  listCatalogInputSchema,
  type CatalogPage,
  type CatalogProductView,
  type ListCatalogInput,
} from './catalog/list-catalog';
export {
  productDetailProjection,
  productDetailProjectionName,
} from './product-detail/product-detail.store';
export {
  getProductDetail,
  getProductDetailCheckpoint,
  getProductDetailInputSchema,
  productDetailResultSchema,
  productDetailViewSchema,
  type GetProductDetailInput,
  type ProductDetailResult,
  type ProductDetailView,
} from './product-detail/get-product-detail';
export {
  inventoryLevelsProjection,
  inventoryLevelsProjectionName,
} from './inventory/inventory-level.store';
export {
  getInventoryLevelsCheckpoint,
  inventoryLevelsPageSchema,
  inventoryLevelViewSchema,
  listInventoryLevels,
  listInventoryLevelsInputSchema,
  type InventoryLevelsPage,
  type InventoryLevelView,
  type ListInventoryLevelsInput,
} from './inventory/list-inventory-levels';
export { cartProjection, cartProjectionName } from './cart/cart.store';
export {
  cartResultSchema,
  cartViewSchema,
  getCart,
  getCartCheckpoint,
  getCartInputSchema,
  type CartResult,
  type CartView,
  type GetCartInput,
} from './cart/get-cart';
export {
  getShopperCart,
  getShopperCartInputSchema,
  shopperCartResultSchema,
  type GetShopperCartInput,
  type ShopperCartResult,
} from './cart/get-shopper-cart';
export {
  customerOrdersProjection,
  customerOrdersProjectionName,
} from './orders/customer-order.store';
export {
  customerOrdersPageSchema,
  customerOrderViewSchema,
  getCustomerOrdersCheckpoint,
  listCustomerOrders,
  listCustomerOrdersInputSchema,
  type CustomerOrdersPage,
  type CustomerOrderView,
  type ListCustomerOrdersInput,
} from './orders/list-customer-orders';
export {
  customerOrderResultSchema,
  getCustomerOrder,
  getCustomerOrderInputSchema,
  type CustomerOrderResult,
  type GetCustomerOrderInput,
} from './orders/get-customer-order';
export {
  adminOrdersProjection,
  adminOrdersProjectionName,
} from './admin-orders/admin-orders.store';
export {
  listAdminOrdersInputSchema,
  type ListAdminOrdersInput,
} from './admin-orders/list-admin-orders.input';
export {
  adminOrdersPageSchema,
  adminOrderTotalsSchema,
  adminOrderViewSchema,
  getAdminOrdersCheckpoint,
  listAdminOrders,
  type AdminOrdersPage,
  type AdminOrderView,
} from './admin-orders/list-admin-orders';
export {
  orderHistoryProjection,
  orderHistoryProjectionName,
} from './order-history/order-history.store';
export {
  getOrderHistory,
  getOrderHistoryCheckpoint,
  getOrderHistoryInputSchema,
  orderHistoryResultSchema,
  statusChangeViewSchema,
  type GetOrderHistoryInput,
  type OrderHistoryResult,
  type StatusChangeView,
} from './order-history/get-order-history';

// Projection runtime: read-your-writes, generations, health, dead letters, rebuilds (see runtime/).
export {
  activeGeneration,
  allPartitions,
  allProjectionHealth,
  deadLetterIdSchema,
  deadLetterPageSchema,
  deadLetterSchema,
  discardDeadLetter,
  hasReached,
  listDeadLetters,
  listDeadLettersInputSchema,
  partitionCheckpointSchema,
  partitionHealthSchema,
  partitionOf,
  projectionCheckpoints,
  projectionHealth,
  projectionHealthSchema,
  projectionStatuses,
  rebuildProgress,
  rebuildProgressSchema,
  requestRebuild,
  retryAllOutcomeSchema,
  retryDeadLetter,
  retryDeadLetters,
  retryOutcomeSchema,
  withActiveGeneration,
  type DeadLetter,
  type DeadLetterDeps,
  type DeadLetterPage,
  type DeadLetterRefusal,
  type ExternalProjection,
  type GenerationView,
  type HealthOptions,
  type ListDeadLettersInput,
  type PartitionCheckpointView,
  type PartitionHealth,
  type PostgresProjection,
  type ProjectionHealth,
  type ProjectionStatus,
  type ProjectionTarget,
  type RebuildProgress,
  type RebuildRefusal,
  type RetryAllOutcome,
  type RetryOutcome,
} from './runtime/read-side';
// End of the projection runtime's block.
export {
  createSearchEngine,
  createSearchProjection,
  getSearchCheckpoint,
  searchEngineKind,
  searchProjectionNames,
  type SearchConfig,
} from './search/create-search';
export type { SearchEngine, SearchEngineKind } from './search/search-engine';
export {
  searchLimits,
  searchQuerySchema,
  searchSorts,
  type SearchQuery,
  type SearchQueryInput,
  type SearchSort,
} from './search/search-query';
export {
  facetCountSchema,
  searchHitSchema,
  searchResultSchema,
  type FacetCount,
  type SearchHit,
  type SearchResult,
} from './search/search-result';
export { createPostgresSearchEngine } from './search/postgres/postgres-search-engine';
export {
  postgresSearchProjection,
  postgresSearchProjectionName,
} from './search/postgres/postgres-search.projection';
export { createElasticsearchSearchEngine } from './search/elasticsearch/elasticsearch-search-engine';
export {
  createElasticsearchSearchProjection,
  elasticsearchSearchProjectionName,
} from './search/elasticsearch/elasticsearch-search.projection';
