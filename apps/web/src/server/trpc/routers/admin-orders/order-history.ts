import 'server-only';
import {
  customerAggregate,
  customerStreamId,
  fold,
  loadStateAt,
  orderAggregate,
  orderStreamId,
  type EventStore,
} from '@shop/domain';
import { latestVersion } from './state-at.types';

/**
 * The order as it was after its `version`-th event, with the events that led there, read from the
 * event store (the source of truth, never a projection): what the timeline and time travel show.
 */
export const orderAt = (eventStore: EventStore, orderId: string, version = latestVersion) =>
  loadStateAt(eventStore, orderAggregate, orderStreamId(orderId), { version });

export type OrderHistory = Awaited<ReturnType<typeof orderAt>>;

/** The customer's email and name as their own stream has them now; null for an unknown id. */
export async function customerLabel(eventStore: EventStore, customerId: string) {
  const events = await eventStore.readStream(customerStreamId(customerId));
  const state = fold(
    customerAggregate.decider,
    events.map((event) => customerAggregate.codec.parse(event)),
  );
  return state.status === 'Registered' ? { email: state.email, name: state.name } : null;
}
