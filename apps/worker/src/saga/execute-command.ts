import {
  handleCommand,
  inventoryAggregate,
  inventoryStreamId,
  orderAggregate,
  orderStreamId,
  type CommandAction,
  type CommandFailure,
  type CommandHandlerDeps,
  type DomainError,
} from '@shop/domain';
import type { ClaimedAction } from './action-queue';
import { done, failed, retry, type Execution } from './execution';

/** Who the saga's events name as their actor. */
export const sagaActor = 'system:order-saga';

/*
 * A command's outcome, as the saga's step: accepted (or already true) is done; a conflict is
 * retried; a rule broken is final. One rule breach is expected, not a failure: a step overtaken by
 * the order's cancellation (confirming an order the admin just cancelled), which compensation
 * already handles.
 */
export function outcomeOf(failure: CommandFailure<DomainError>): Execution {
  switch (failure.kind) {
    case 'ConcurrencyConflict':
      return retry(failure.message);
    case 'ValidationFailed':
      return failed(`${failure.message} ${JSON.stringify(failure.fieldErrors)}`);
    case 'DomainError':
      return 'status' in failure && failure.status === 'Cancelled'
        ? done(`skipped: ${failure.message}`)
        : failed(failure.message);
  }
}

export async function executeCommand(
  deps: CommandHandlerDeps,
  claimed: ClaimedAction,
  { target, command }: CommandAction,
): Promise<Execution> {
  const context = {
    commandId: claimed.actionId,
    causationId: claimed.causationId,
    correlationId: claimed.correlationId,
    actor: sagaActor,
  };
  const result =
    target === 'order'
      ? await handleCommand(
          deps,
          orderAggregate,
          orderStreamId(command.data.orderId),
          command,
          context,
        )
      : await handleCommand(
          deps,
          inventoryAggregate,
          inventoryStreamId(command.data.productId),
          command,
          context,
        );
  if (result.ok) return done(result.value.position ? 'applied' : 'already applied');
  return outcomeOf(result.error);
}
