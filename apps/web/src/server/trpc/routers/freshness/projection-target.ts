import 'server-only';
import {
  adminOrdersProjection,
  cartProjection,
  catalogProjection,
  customerOrdersProjection,
  inventoryLevelsProjection,
  orderHistoryProjection,
  postgresSearchProjection,
  productDetailProjection,
} from '@shop/read-models';
import { searchProjectionName } from '../../../search/search-engine';
import { projectionNameSchema, type ProjectionName } from './projection-name';

/** A projection as the runtime records it, and the stream categories it reads (for its lag). */
export interface ProjectionTarget {
  readonly name: string;
  readonly categories: readonly string[];
}

// Both search engines are fed by the same events.
const searchCategories = postgresSearchProjection.categories;

type ConcreteName = Exclude<ProjectionName, 'search'>;

// Checked once at start-up, so a renamed search projection fails loudly rather than never matching.
const searchName: ConcreteName = projectionNameSchema
  .exclude(['search'])
  .parse(searchProjectionName);

const categories: Record<ConcreteName, readonly string[]> = {
  catalog: catalogProjection.categories,
  'product-detail': productDetailProjection.categories,
  'inventory-levels': inventoryLevelsProjection.categories,
  cart: cartProjection.categories,
  'customer-orders': customerOrdersProjection.categories,
  'admin-orders': adminOrdersProjection.categories,
  'order-history': orderHistoryProjection.categories,
  'search-postgres': searchCategories,
  'search-elasticsearch': searchCategories,
};

export function projectionTarget(projection: ProjectionName): ProjectionTarget {
  const name = projection === 'search' ? searchName : projection;
  return { name, categories: categories[name] };
}
