import { createTRPCRouter } from '../../init';
import { checkpointProcedure } from './checkpoint';
import { statusProcedure } from './status';

/** Read-your-writes and staleness of the read models: public, as checkpoints and lag are. */
export const freshnessRouter = createTRPCRouter({
  checkpoint: checkpointProcedure,
  status: statusProcedure,
});
