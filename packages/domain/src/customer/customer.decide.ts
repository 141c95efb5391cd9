import { assertNever } from '../shared/decider';
import { err, ok, type Result } from '../shared/result';
import type { ChangeCustomerName, CustomerCommand, RegisterCustomer } from './customer.commands';
import { customerAlreadyRegistered, customerNotFound, type CustomerError } from './customer.errors';
import type { CustomerEvent } from './customer.events';
import type { CustomerState } from './customer.state';

type Decision = Result<readonly CustomerEvent[], CustomerError>;

/**
 * Registering again with the very same details succeeds and changes nothing: the registration
 * service runs in two steps (reserve the email, then register), and a retry after a failure
 * between them must go through. Other details under the same id are a different customer.
 */
function registerCustomer({ data }: RegisterCustomer, state: CustomerState): Decision {
  if (state.status === 'Unregistered') return ok([{ type: 'CustomerRegistered', data }]);
  const same = state.email === data.email && state.name === data.name;
  return same ? ok([]) : err(customerAlreadyRegistered(data.customerId));
}

/** The same name again changes nothing, like every no-op change in the shop. */
function changeCustomerName({ data }: ChangeCustomerName, state: CustomerState): Decision {
  if (state.status === 'Unregistered') return err(customerNotFound(data.customerId));
  return state.name === data.name ? ok([]) : ok([{ type: 'CustomerRenamed', data }]);
}

export function decideCustomer(command: CustomerCommand, state: CustomerState): Decision {
  switch (command.type) {
    case 'RegisterCustomer':
      return registerCustomer(command, state);
    case 'ChangeCustomerName':
      return changeCustomerName(command, state);
    default:
      return assertNever(command);
  }
}
