import { createTRPCRouter } from '../../init';
import { byIdProcedure } from './by-id';
import { listProcedure } from './list';

/** The back office's products: admins only (adminProcedure throughout). */
export const adminProductsRouter = createTRPCRouter({
  list: listProcedure,
  byId: byIdProcedure,
});
