import { assertNever, type Decider } from '../shared/decider';
import { err, ok, type Result } from '../shared/result';
import { emailAlreadyTaken, type EmailReservationError } from './customer.errors';
import type { EmailReservationCommand } from './email-reservation.commands';
import type { EmailReservationEvent } from './email-reservation.events';

/** One email address: free, or held by one customer. */
export type EmailReservationState =
  { readonly status: 'Free' } | { readonly status: 'Reserved'; readonly customerId: string };

type Decision = Result<readonly EmailReservationEvent[], EmailReservationError>;

/**
 * Reserving is idempotent for the holder (a retried registration must pass) and refused for
 * anyone else. Releasing is only ever done by the holder; anything else changes nothing, so a
 * compensation that runs twice, or late, can never free someone else's email.
 */
function decide(command: EmailReservationCommand, state: EmailReservationState): Decision {
  const { data } = command;
  const heldByThem = state.status === 'Reserved' && state.customerId === data.customerId;
  switch (command.type) {
    case 'ReserveEmail':
      if (state.status === 'Free') return ok([{ type: 'EmailReserved', data }]);
      return heldByThem ? ok([]) : err(emailAlreadyTaken(data.email));
    case 'ReleaseEmail':
      return heldByThem ? ok([{ type: 'EmailReleased', data }]) : ok([]);
    default:
      return assertNever(command);
  }
}

function evolve(
  _state: EmailReservationState,
  event: EmailReservationEvent,
): EmailReservationState {
  switch (event.type) {
    case 'EmailReserved':
      return { status: 'Reserved', customerId: event.data.customerId };
    case 'EmailReleased':
      return { status: 'Free' };
    default:
      return assertNever(event);
  }
}

export const emailReservationDecider: Decider<
  EmailReservationCommand,
  EmailReservationEvent,
  EmailReservationState,
  EmailReservationError
> = { initialState: { status: 'Free' }, decide, evolve };
