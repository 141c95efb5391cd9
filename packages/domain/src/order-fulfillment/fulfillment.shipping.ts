import type { Money } from '../shared/money';
import { reaction, type Reaction } from './fulfillment.reaction';
import type { ActiveSaga, OrderSagaState } from './fulfillment.state';
import { cancellationRefundId, capture, commit, orderCommand, refund } from './fulfillment.steps';

export const confirmed = (state: OrderSagaState): Reaction =>
  reaction(state.status === 'Confirming' ? { ...state, status: 'AwaitingShipment' } : state);

/** The goods left: take the money and take the stock off the books. */
export function shipped(state: OrderSagaState): Reaction {
  if (state.status !== 'AwaitingShipment') return reaction(state);
  const saga: ActiveSaga = { ...state, status: 'Fulfilling' };
  const { payment } = saga;
  return reaction(saga, [
    ...(payment.status === 'authorized' ? [capture(saga, payment.paymentId)] : []),
    ...saga.lines.filter((line) => line.stock === 'reserved').map((line) => commit(saga, line)),
  ]);
}

export function captured(state: OrderSagaState, paymentId: string): Reaction {
  if (state.status === 'New' || state.payment.status !== 'authorized') return reaction(state);
  const saga: ActiveSaga = { ...state, payment: { status: 'captured', paymentId } };
  const { orderId } = saga.order;
  const record = orderCommand(saga, 'mark-payment-captured', {
    type: 'MarkPaymentCaptured',
    data: { orderId, paymentId },
  });
  const done = completeIfDone(saga);
  return reaction(done.state, [record, ...done.actions]);
}

export function completeIfDone(saga: ActiveSaga): Reaction {
  const done =
    saga.status === 'Fulfilling' &&
    saga.payment.status === 'captured' &&
    saga.lines.every((line) => line.stock === 'committed');
  return reaction(done ? { ...saga, status: 'Completed' } : saga);
}

/**
 * A refund the admin recorded on the order: the money goes back through the provider. The saga's
 * own refund (on cancellation) is already on its way, under the same refund id, so is left alone.
 */
export function refundedOnOrder(
  state: OrderSagaState,
  { refundId, amount }: { refundId: string; amount: Money },
): Reaction {
  if (state.status === 'New' || state.payment.status !== 'captured') return reaction(state);
  if (refundId === cancellationRefundId(state)) return reaction(state);
  return reaction(state, [refund(state, state.payment.paymentId, refundId, amount)]);
}
