import { createTRPCRouter } from '../../init';
import { productsProcedure } from './products';

export const searchRouter = createTRPCRouter({
  products: productsProcedure,
});
