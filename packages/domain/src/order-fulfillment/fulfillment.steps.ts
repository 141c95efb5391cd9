import type { InventoryCommand } from '../inventory/inventory.commands';
import type { OrderCommand } from '../order/order.commands';
import type { Money } from '../shared/money';
import type { SagaAction } from './fulfillment.actions';
import { sagaStepId } from './fulfillment.ids';
import type { ActiveSaga, SagaLine } from './fulfillment.state';

/*
 * Every action the saga can ask for, each under the id of its step in this order's saga: the same
 * step asked for again (a redelivered event, a replay) is the same action, stored once.
 */

const stepId = (saga: ActiveSaga, step: string): string => sagaStepId(saga.order.orderId, step);

/** The order's commands take a reason of at most 500 characters; longer ones are shortened. */
export const reasonOf = (text: string): string =>
  text.length <= 500 ? text : `${text.slice(0, 499)}…`;

export const authorizeStep = 'authorize';
export const paymentTimeoutStep = 'payment-timeout';
/** The refund that compensates a captured payment when the order is cancelled. */
export const cancellationRefundStep = 'cancellation-refund';

export const orderCommand = (
  saga: ActiveSaga,
  step: string,
  command: OrderCommand,
): SagaAction => ({
  kind: 'command',
  actionId: stepId(saga, step),
  target: 'order',
  command,
});

const inventoryCommand = (
  saga: ActiveSaga,
  line: SagaLine,
  type: InventoryCommand['type'] & ('ReserveStock' | 'ReleaseReservation' | 'CommitReservation'),
): SagaAction => {
  const { orderId } = saga.order;
  const { productId, quantity } = line;
  const command: InventoryCommand =
    type === 'ReserveStock'
      ? { type, data: { productId, orderId, quantity } }
      : { type, data: { productId, orderId } };
  return {
    kind: 'command',
    actionId: stepId(saga, `${type}/${productId}`),
    target: 'inventory',
    command,
  };
};

export const reserve = (saga: ActiveSaga, line: SagaLine) =>
  inventoryCommand(saga, line, 'ReserveStock');
export const release = (saga: ActiveSaga, line: SagaLine) =>
  inventoryCommand(saga, line, 'ReleaseReservation');
export const commit = (saga: ActiveSaga, line: SagaLine) =>
  inventoryCommand(saga, line, 'CommitReservation');

export const authorize = (saga: ActiveSaga): SagaAction => ({
  kind: 'payment',
  op: 'authorize',
  actionId: stepId(saga, authorizeStep),
  orderId: saga.order.orderId,
  amount: saga.order.total,
});

export const capture = (saga: ActiveSaga, paymentId: string): SagaAction => ({
  kind: 'payment',
  op: 'capture',
  actionId: stepId(saga, 'capture'),
  orderId: saga.order.orderId,
  paymentId,
  amount: saga.order.total,
});

export const voidAuthorization = (saga: ActiveSaga, paymentId: string | null): SagaAction => ({
  kind: 'payment',
  op: 'void',
  actionId: stepId(saga, 'void'),
  orderId: saga.order.orderId,
  authorizationKey: stepId(saga, authorizeStep),
  paymentId,
});

export const cancellationRefundId = (saga: ActiveSaga): string =>
  stepId(saga, cancellationRefundStep);

export const refund = (
  saga: ActiveSaga,
  paymentId: string,
  refundId: string,
  amount: Money,
): SagaAction => ({
  kind: 'payment',
  op: 'refund',
  actionId: stepId(saga, `refund/${refundId}`),
  orderId: saga.order.orderId,
  paymentId,
  refundId,
  amount,
});

export const paymentTimeout = (saga: ActiveSaga, dueAt: string): SagaAction => ({
  kind: 'schedule',
  actionId: stepId(saga, paymentTimeoutStep),
  timeout: 'payment',
  dueAt,
});

export const withdraw = (saga: ActiveSaga, step: string): SagaAction => ({
  kind: 'withdraw',
  actionId: stepId(saga, step),
});
