import { createTRPCRouter } from '../../init';
import { listProcedure } from './list';
import { productProcedure } from './product';

export const catalogRouter = createTRPCRouter({
  list: listProcedure,
  product: productProcedure,
});
