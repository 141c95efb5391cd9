import { assertNever } from '../shared/decider';
import { orderCancelled, refunded, voided } from './fulfillment.compensation';
import type { SagaEvent, SagaFeedback, SagaInput } from './fulfillment.inputs';
import {
  paymentAnswered,
  paymentGivenUp,
  paymentRecorded,
  stockConfirmed,
} from './fulfillment.payment';
import {
  defaultSagaPolicy,
  reaction,
  type Reaction,
  type SagaPolicy,
} from './fulfillment.reaction';
import { captured, confirmed, refundedOnOrder, shipped } from './fulfillment.shipping';
import type { OrderSagaState } from './fulfillment.state';
import { reasonOf } from './fulfillment.steps';
import { orderPlaced, reservationFailed, reservationOutcome } from './fulfillment.stock';

/**
 * The order saga's process manager, pure: the saga's state and one input (an order or inventory
 * event, or what the runner learnt executing an action) in; the next state and the actions to take
 * out. Every input that does not apply in the current state changes nothing and asks for nothing,
 * and every action has the id of its step, so that duplicates and replays are harmless.
 */
export function react(
  state: OrderSagaState,
  input: SagaInput,
  policy: SagaPolicy = defaultSagaPolicy,
): Reaction {
  if (input.source === 'feedback') return onFeedback(state, input.feedback);
  return onEvent(state, input.event, input, policy);
}

function onEvent(
  state: OrderSagaState,
  event: SagaEvent,
  { correlationId, at }: { correlationId: string; at: string },
  policy: SagaPolicy,
): Reaction {
  switch (event.type) {
    case 'OrderPlaced':
      return orderPlaced(state, event, correlationId);
    case 'StockReserved':
    case 'StockReservationRejected':
    case 'ReservationReleased':
    case 'ReservationCommitted':
      return reservationOutcome(state, event);
    case 'OrderStockReserved':
      return stockConfirmed(state, at, policy);
    case 'OrderPaymentAuthorized':
      return paymentRecorded(state, event.data.paymentId);
    case 'OrderConfirmed':
      return confirmed(state);
    case 'OrderShipped':
      return shipped(state);
    case 'OrderCancelled':
      return orderCancelled(state, event.data.reason);
    case 'OrderRefunded':
      return refundedOnOrder(state, event.data);
    // Records of what the saga asked for (the status change, if any, comes with OrderCancelled),
    // or of what needs nothing from it.
    case 'OrderStockReservationFailed':
    case 'OrderPaymentDeclined':
    case 'OrderPaymentCaptured':
    case 'OrderPaymentVoided':
    case 'OrderDelivered':
      return reaction(state);
    default:
      return assertNever(event);
  }
}

function onFeedback(state: OrderSagaState, feedback: SagaFeedback): Reaction {
  switch (feedback.type) {
    case 'PaymentAuthorized':
    case 'PaymentDeclined':
      return paymentAnswered(state, feedback);
    case 'TimeoutElapsed':
      return paymentGivenUp(state, 'Payment was not confirmed in time');
    case 'PaymentCaptured':
      return captured(state, feedback.paymentId);
    case 'PaymentVoided':
      return voided(state, feedback.paymentId);
    case 'PaymentRefunded':
      return refunded(state, feedback.refundId, feedback.amount);
    case 'ActionFailed':
      return actionFailed(state, feedback);
    default:
      return assertNever(feedback);
  }
}

/**
 * An action failed for good. A reservation or an authorization has a compensation; anything
 * else stays failed, visible with its error, until someone retries it.
 */
function actionFailed(
  state: OrderSagaState,
  { action, reason }: Extract<SagaFeedback, { type: 'ActionFailed' }>,
): Reaction {
  if (action.kind === 'payment' && action.op === 'authorize') {
    return paymentGivenUp(state, reasonOf(`Payment could not be processed: ${reason}`));
  }
  if (action.kind === 'command' && action.command.type === 'ReserveStock') {
    return reservationFailed(state, action.command.data.productId, reason);
  }
  return reaction(state);
}
