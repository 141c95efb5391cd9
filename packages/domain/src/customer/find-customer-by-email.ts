import type { Logger } from 'pino';
import { loadAggregate } from '../application/load-aggregate';
import type { EventStore } from '../event-store/port';
import { customerAggregate, customerStreamId } from './customer.aggregate';
import { emailSchema } from './customer.fields';
import { emailReservationAggregate, emailReservationStreamId } from './email-reservation.aggregate';

export interface CustomerIdentity {
  readonly customerId: string;
  readonly email: string;
  readonly name: string;
}

/**
 * The registered customer holding `email`, read from the write side: the email's reservation
 * stream names the holder, so sign-in never depends on a projection that may lag. A reservation
 * whose registration never completed is nobody's account yet.
 */
export async function findCustomerByEmail(
  deps: { readonly eventStore: EventStore; readonly logger: Logger },
  email: string,
): Promise<CustomerIdentity | null> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) return null;
  const load = { eventStore: deps.eventStore, log: deps.logger };
  const reservation = await loadAggregate(
    load,
    emailReservationAggregate,
    emailReservationStreamId(parsed.data),
  );
  if (reservation.state.status !== 'Reserved') return null;
  const { customerId } = reservation.state;
  const customer = await loadAggregate(load, customerAggregate, customerStreamId(customerId));
  if (customer.state.status !== 'Registered') return null;
  const { email: registeredEmail, name } = customer.state;
  return { customerId, email: registeredEmail, name };
}
