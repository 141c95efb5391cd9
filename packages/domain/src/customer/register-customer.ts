import { randomUUID } from 'node:crypto';
import {
  handleCommand,
  type CommandAccepted,
  type CommandContext,
  type CommandHandlerDeps,
} from '../application/handle-command';
import { validationFailed, type ValidationFailed } from '../application/validation';
import type { ConcurrencyConflict } from '../event-store/port';
import { err, ok, type Result } from '../shared/result';
import { customerAggregate, customerStreamId } from './customer.aggregate';
import { registerCustomerInputSchema } from './customer.commands';
import type { CustomerError, EmailReservationError } from './customer.errors';
import { emailReservationAggregate, emailReservationStreamId } from './email-reservation.aggregate';

export type RegisterCustomerFailure =
  ValidationFailed | EmailReservationError | CustomerError | ConcurrencyConflict;

/**
 * Registers a customer whose email no other customer has, in two steps on two streams: claim the
 * email's reservation stream, then register. The event store allows no transaction across
 * streams, so each step is idempotent for the same customer id instead: a retry after a failure
 * between them (a crash, a conflict) re-runs both and succeeds, while another customer with the
 * same email is refused at the first step. A registration refused by its own rule gives back an
 * email it has just claimed.
 */
export async function registerCustomer(
  deps: CommandHandlerDeps,
  input: unknown,
  context: CommandContext,
): Promise<Result<CommandAccepted & { customerId: string }, RegisterCustomerFailure>> {
  const parsed = registerCustomerInputSchema.safeParse(input);
  if (!parsed.success) return err(validationFailed(parsed.error));
  const { email, name, customerId = randomUUID() } = parsed.data;
  const holder = { email, customerId };
  const reservation = emailReservationStreamId(email);

  const reserved = await handleCommand(
    deps,
    emailReservationAggregate,
    reservation,
    { type: 'ReserveEmail', data: holder },
    context,
  );
  if (!reserved.ok) return reserved;

  const registered = await handleCommand(
    deps,
    customerAggregate,
    customerStreamId(customerId),
    { type: 'RegisterCustomer', data: { customerId, email, name } },
    context,
  );
  if (registered.ok) return ok({ ...registered.value, customerId });

  // Only a refusal is final; after a conflict the caller retries and needs the email still held.
  const claimedNow = reserved.value.position !== null;
  if (claimedNow && registered.error.kind === 'DomainError') {
    await handleCommand(
      deps,
      emailReservationAggregate,
      reservation,
      { type: 'ReleaseEmail', data: holder },
      context,
    ).catch((error: unknown) => {
      // The refusal is still the answer; the reservation is left for an operator to release.
      deps.logger.error({ err: error, reservation, customerId }, 'could not release the email');
    });
  }
  return registered;
}
