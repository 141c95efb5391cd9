import { createTRPCRouter } from '../../init';
import { byIdProcedure } from './by-id';
import { listProcedure } from './list';
import { statusHistoryProcedure } from './status-history';

export const myOrdersRouter = createTRPCRouter({
  list: listProcedure,
  byId: byIdProcedure,
  statusHistory: statusHistoryProcedure,
});
