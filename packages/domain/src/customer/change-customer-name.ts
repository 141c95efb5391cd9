import {
  handleCommand,
  type CommandAccepted,
  type CommandContext,
  type CommandHandlerDeps,
} from '../application/handle-command';
import { validationFailed, type ValidationFailed } from '../application/validation';
import type { ConcurrencyConflict } from '../event-store/port';
import { err, type Result } from '../shared/result';
import { customerAggregate, customerStreamId } from './customer.aggregate';
import { changeCustomerNameInputSchema } from './customer.commands';
import type { CustomerError } from './customer.errors';

export type ChangeCustomerNameFailure = ValidationFailed | CustomerError | ConcurrencyConflict;

/** Renames a registered customer; the same name again changes nothing. */
export async function changeCustomerName(
  deps: CommandHandlerDeps,
  input: unknown,
  context: CommandContext,
): Promise<Result<CommandAccepted, ChangeCustomerNameFailure>> {
  const parsed = changeCustomerNameInputSchema.safeParse(input);
  if (!parsed.success) return err(validationFailed(parsed.error));
  const { customerId } = parsed.data;
  return handleCommand(
    deps,
    customerAggregate,
    customerStreamId(customerId),
    { type: 'ChangeCustomerName', data: parsed.data },
    context,
  );
}
