import { err, ok, type Result } from '../shared/result';
import type { OrderCommand } from './order.commands';
import { illegalOrderTransition, orderNotFound, type OrderError } from './order.errors';
import type { OrderEvent } from './order.events';
import type { OrderState, OrderStatus, PlacedOrder } from './order.state';

export type Decision = Result<readonly OrderEvent[], OrderError>;

/** The outcome asked for already holds: succeed and record nothing, so a saga may redeliver. */
export const unchanged: Decision = ok([]);

/** One arrow of the state machine (see order.state.ts). */
export interface Step {
  /** The statuses the command moves the order on from. */
  readonly from: readonly OrderStatus[];
  /** The statuses in which its outcome already holds. */
  readonly done?: readonly OrderStatus[];
}

/** Runs `decide` when the order is in a `from` status; every other status is refused, by name. */
export function step(
  state: OrderState,
  command: Exclude<OrderCommand, { type: 'PlaceOrder' }>,
  { from, done = [] }: Step,
  decide: (order: PlacedOrder) => Decision,
): Decision {
  if (state.status === 'Unplaced') return err(orderNotFound(command.data.orderId));
  if (done.includes(state.status)) return unchanged;
  if (!from.includes(state.status)) {
    return err(illegalOrderTransition(state.orderId, command.type, state.status));
  }
  return decide(state);
}
