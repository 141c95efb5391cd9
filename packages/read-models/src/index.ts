export { createPrismaClient, type ReadModelsPrisma, type ReadModelsTransaction } from './prisma';
export { getProjectionCheckpoint } from './runtime/checkpoint';
export type { Projection } from './runtime/projection';
export {
  evolveCatalogProduct,
  MalformedProductEvent,
  type CatalogProductRow,
} from './catalog/catalog-product.projection';
export { catalogProjection, catalogProjectionName } from './catalog/catalog-product.store';
export {
  catalogProductViewSchema,
  getCatalogCheckpoint,
  listCatalogProducts,
  type CatalogPage,
  type CatalogProductView,
} from './catalog/list-catalog';
