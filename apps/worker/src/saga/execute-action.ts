import { assertNever, type CommandHandlerDeps } from '@shop/domain';
import type { ClaimedAction } from './action-queue';
import { executeCommand } from './execute-command';
import { executePayment, type PaymentDeps } from './execute-payment';
import { done, messageOf, retry, type Execution } from './execution';

export interface ExecutionDeps {
  readonly commands: CommandHandlerDeps;
  readonly payments: PaymentDeps;
}

/** Runs one claimed action, at least once and possibly again: every effect is idempotent by id. */
export async function executeAction(
  deps: ExecutionDeps,
  claimed: ClaimedAction,
): Promise<Execution> {
  const { action } = claimed;
  try {
    switch (action.kind) {
      case 'command':
        return await executeCommand(deps.commands, claimed, action);
      case 'payment':
        return await executePayment(deps.payments, action);
      case 'schedule':
        return done('elapsed', { type: 'TimeoutElapsed', timeout: action.timeout });
      default:
        return assertNever(action);
    }
  } catch (error) {
    // The database or the network, most likely: nothing says the effect did not happen.
    return retry(messageOf(error));
  }
}
