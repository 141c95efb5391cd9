import { createTRPCRouter } from '../../init';
import { listProcedure } from './list';
import { stateAtProcedure } from './state-at';
import { timelineProcedure } from './timeline';

/** The back office's orders: admins only (adminProcedure throughout). */
export const adminOrdersRouter = createTRPCRouter({
  list: listProcedure,
  timeline: timelineProcedure,
  stateAt: stateAtProcedure,
});
