import { services } from '../../../services';
import { adminProcedure } from '../../init';
import { orderAt } from './order-history';
import { orderStateView } from './order-state-view';
import { stateAtInputSchema, stateAtOutputSchema } from './state-at.types';

/** Time travel: the order as it was right after one of its events, folded from the event store. */
export const stateAtProcedure = adminProcedure
  .input(stateAtInputSchema)
  .output(stateAtOutputSchema)
  .query(async ({ input }) => {
    const history = await orderAt(services().commands.eventStore, input.orderId, input.version);
    if (history.streamVersion === 0) return null;
    return { streamVersion: history.streamVersion, state: orderStateView(history.state) };
  });
