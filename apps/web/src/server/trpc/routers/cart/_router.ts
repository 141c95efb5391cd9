import { createTRPCRouter } from '../../init';
import { mineProcedure } from './mine';

export const cartRouter = createTRPCRouter({
  mine: mineProcedure,
});
