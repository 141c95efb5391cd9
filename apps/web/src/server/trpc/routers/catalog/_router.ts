import { createTRPCRouter } from '../../init';
import { checkpointProcedure } from './checkpoint';
import { listProcedure } from './list';

export const catalogRouter = createTRPCRouter({
  list: listProcedure,
  checkpoint: checkpointProcedure,
});
