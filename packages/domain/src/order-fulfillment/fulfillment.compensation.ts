import type { SagaAction } from './fulfillment.actions';
import { reaction, type Reaction } from './fulfillment.reaction';
import type { ActiveSaga, OrderSagaState, SagaLine, SagaStatus } from './fulfillment.state';
import {
  authorizeStep,
  cancellationRefundId,
  orderCommand,
  paymentTimeoutStep,
  reasonOf,
  refund,
  release,
  voidAuthorization,
  withdraw,
} from './fulfillment.steps';

/** Until the goods leave: the order refuses cancellation once shipped. */
const cancellable: readonly SagaStatus[] = [
  'Reserving',
  'AwaitingPayment',
  'Confirming',
  'AwaitingShipment',
  'CancelRequested',
];

/**
 * OrderCancelled, whatever the cause (stock short, payment declined or late, the admin): undo in
 * reverse. Reservations still unanswered are released when their answer arrives.
 */
export function orderCancelled(state: OrderSagaState, reason: string): Reaction {
  if (!cancellable.includes(state.status) || state.status === 'New') return reaction(state);
  const saga: ActiveSaga = { ...state, status: 'Compensating', reason };
  return reaction(settle(saga), [
    withdraw(saga, authorizeStep),
    withdraw(saga, paymentTimeoutStep),
    ...saga.lines.filter((line) => line.stock === 'reserved').map((line) => release(saga, line)),
    ...paymentUndo(saga),
  ]);
}

/**
 * A line of a cancelled order changed: release it if it turned out reserved. A cancelled saga
 * reopens then (a reservation retried by hand), so that the stock is not kept.
 */
export function lineChangedWhileCancelled(saga: ActiveSaga, line: SagaLine): Reaction {
  if (saga.status !== 'Compensating' && saga.status !== 'Cancelled') return reaction(saga);
  return reaction(settle(saga), line.stock === 'reserved' ? [release(saga, line)] : []);
}

/** Cancelled once nothing is left to undo; Compensating while anything is. */
function settle(saga: ActiveSaga & { reason: string }): OrderSagaState {
  const stockSettled = saga.lines.every(
    (line) => line.stock !== 'reserved' && line.stock !== 'requested',
  );
  const { status } = saga.payment;
  const paymentSettled =
    status === 'none' || status === 'declined' || status === 'voided' || status === 'refunded';
  return { ...saga, status: stockSettled && paymentSettled ? 'Cancelled' : 'Compensating' };
}

const settled = (state: OrderSagaState, actions: readonly SagaAction[]): Reaction =>
  reaction(
    state.status === 'Compensating' || state.status === 'Cancelled' ? settle(state) : state,
    actions,
  );

function paymentUndo(saga: ActiveSaga): SagaAction[] {
  const { payment } = saga;
  switch (payment.status) {
    case 'authorizing':
      return [voidAuthorization(saga, null)];
    case 'authorized':
      return [voidAuthorization(saga, payment.paymentId)];
    case 'captured':
      return [refund(saga, payment.paymentId, cancellationRefundId(saga), saga.order.total)];
    default:
      return [];
  }
}

/** The provider released the authorization; the order records it if it held that payment. */
export function voided(state: OrderSagaState, voidedId: string | null): Reaction {
  if (state.status === 'New') return reaction(state);
  const { payment } = state;
  if (payment.status !== 'authorizing' && payment.status !== 'authorized') return reaction(state);
  const paymentId = voidedId ?? (payment.status === 'authorized' ? payment.paymentId : null);
  const { orderId } = state.order;
  const record = paymentId
    ? [
        orderCommand(state, 'mark-payment-voided', {
          type: 'MarkPaymentVoided',
          data: { orderId, paymentId },
        }),
      ]
    : [];
  return settled({ ...state, payment: { status: 'voided' } }, record);
}

/** The provider returned the money of a cancelled order; the order records the refund. */
export function refunded(
  state: OrderSagaState,
  refundId: string,
  amount: { amountMinor: number; currency: string },
): Reaction {
  if (state.status !== 'Compensating' || state.payment.status !== 'captured')
    return reaction(state);
  if (refundId !== cancellationRefundId(state)) return reaction(state);
  const { orderId } = state.order;
  const record = orderCommand(state, 'record-cancellation-refund', {
    type: 'RefundOrder',
    data: { orderId, refundId, amount, reason: reasonOf(`Order cancelled: ${state.reason}`) },
  });
  const { paymentId } = state.payment;
  return settled({ ...state, payment: { status: 'refunded', paymentId } }, [record]);
}
