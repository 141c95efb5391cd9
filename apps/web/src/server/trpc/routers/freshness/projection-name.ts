import { z } from 'zod';

/**
 * The read models a page can wait for or watch. `search` names whichever projection feeds the
 * configured search engine (`search-postgres`, or `search-elasticsearch`), so pages need not know.
 * Free of server imports: the browser imports the types from here.
 */
export const projectionNames = [
  'catalog',
  'product-detail',
  'inventory-levels',
  'cart',
  'customer-orders',
  'admin-orders',
  'order-history',
  'search',
  'search-postgres',
  'search-elasticsearch',
] as const;

export const projectionNameSchema = z.enum(projectionNames, {
  error: `Projection must be one of ${projectionNames.join(', ')}`,
});
export type ProjectionName = z.infer<typeof projectionNameSchema>;
