import { reaction, type Reaction, type SagaPolicy } from './fulfillment.reaction';
import type { ActiveSaga, OrderSagaState } from './fulfillment.state';
import {
  authorize,
  authorizeStep,
  orderCommand,
  paymentTimeout,
  paymentTimeoutStep,
  reasonOf,
  withdraw,
} from './fulfillment.steps';

/** Stock is held: ask for the money, and start the clock on the answer. */
export function stockConfirmed(state: OrderSagaState, at: string, policy: SagaPolicy): Reaction {
  if (state.status !== 'Reserving') return reaction(state);
  const saga: ActiveSaga = {
    ...state,
    status: 'AwaitingPayment',
    payment: { status: 'authorizing' },
  };
  const dueAt = new Date(Date.parse(at) + policy.paymentTimeoutMs).toISOString();
  return reaction(saga, [authorize(saga), paymentTimeout(saga, dueAt)]);
}

const awaitingAnswer = (state: OrderSagaState): state is ActiveSaga =>
  state.status === 'AwaitingPayment' && state.payment.status === 'authorizing';

/** The provider answered in time: the order records the answer (a decline cancels it). */
export function paymentAnswered(
  state: OrderSagaState,
  answer: { paymentId: string } | { reason: string },
): Reaction {
  if (!awaitingAnswer(state)) return reaction(state);
  const { orderId, total } = state.order;
  const stopClock = withdraw(state, paymentTimeoutStep);
  if ('paymentId' in answer) {
    const { paymentId } = answer;
    return reaction({ ...state, payment: { status: 'authorized', paymentId } }, [
      stopClock,
      orderCommand(state, 'mark-payment-authorized', {
        type: 'MarkPaymentAuthorized',
        data: { orderId, paymentId, amount: total },
      }),
    ]);
  }
  const reason = reasonOf(answer.reason);
  return reaction({ ...state, payment: { status: 'declined', reason } }, [
    stopClock,
    orderCommand(state, 'mark-payment-declined', {
      type: 'MarkPaymentDeclined',
      data: { orderId, reason },
    }),
  ]);
}

/** The order holds the payment: confirm it. Late (the saga gave up meanwhile), it is only noted. */
export function paymentRecorded(state: OrderSagaState, paymentId: string): Reaction {
  if (state.status === 'New') return reaction(state);
  const known = state.payment.status === 'authorizing' || state.payment.status === 'authorized';
  const saga: ActiveSaga = known
    ? { ...state, payment: { status: 'authorized', paymentId } }
    : state;
  if (saga.status !== 'AwaitingPayment') return reaction(saga);
  const { orderId } = saga.order;
  return reaction({ ...saga, status: 'Confirming' }, [
    withdraw(saga, paymentTimeoutStep),
    orderCommand(saga, 'confirm', { type: 'ConfirmOrder', data: { orderId } }),
  ]);
}

/**
 * No usable answer (the deadline passed, or the call failed for good): stop asking, and cancel
 * the order. Compensation follows its OrderCancelled, and voids whatever the call may have done.
 */
export function paymentGivenUp(state: OrderSagaState, reason: string): Reaction {
  if (!awaitingAnswer(state)) return reaction(state);
  const { orderId } = state.order;
  return reaction({ ...state, status: 'CancelRequested' }, [
    withdraw(state, authorizeStep),
    withdraw(state, paymentTimeoutStep),
    orderCommand(state, 'cancel', { type: 'CancelOrder', data: { orderId, reason } }),
  ]);
}
