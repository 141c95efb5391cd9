import { createTRPCRouter } from '../init';
import { adminOrdersRouter } from './admin-orders/_router';
import { adminProductsRouter } from './admin-products/_router';
import { cartRouter } from './cart/_router';
import { catalogRouter } from './catalog/_router';
import { freshnessRouter } from './freshness/_router';
import { myOrdersRouter } from './my-orders/_router';
import { projectionsRouter } from './projections/_router';
import { searchRouter } from './search/_router';

/** One router per slice of the shop; admin-only slices use adminProcedure throughout. */
export const appRouter = createTRPCRouter({
  catalog: catalogRouter,
  search: searchRouter,
  cart: cartRouter,
  myOrders: myOrdersRouter,
  freshness: freshnessRouter,
  adminProducts: adminProductsRouter,
  adminOrders: adminOrdersRouter,
  projections: projectionsRouter,
});

export type AppRouter = typeof appRouter;
