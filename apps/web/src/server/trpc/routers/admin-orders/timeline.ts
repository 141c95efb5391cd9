import { services } from '../../../services';
import { adminProcedure } from '../../init';
import { customerLabel, orderAt } from './order-history';
import { timelineInputSchema, timelineOutputSchema } from './timeline.types';
import { orderTimeline } from './timeline-view';

/**
 * An order's whole history from the event store: every event with its envelope, the order as it
 * stands after the last one, and the admin actions its status allows.
 */
export const timelineProcedure = adminProcedure
  .input(timelineInputSchema)
  .output(timelineOutputSchema)
  .query(async ({ input }) => {
    const { eventStore } = services().commands;
    const history = await orderAt(eventStore, input.orderId);
    const placed = history.events.find((event) => event.type === 'OrderPlaced');
    const customerId = placed?.type === 'OrderPlaced' ? placed.data.customerId : null;
    const customer = customerId ? await customerLabel(eventStore, customerId) : null;
    return orderTimeline(history, customer);
  });
