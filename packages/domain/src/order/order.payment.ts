import { err, ok } from '../shared/result';
import type { MarkPaymentCaptured, MarkPaymentVoided } from './order.commands';
import { unknownPayment } from './order.errors';
import { paymentOf, type OrderState } from './order.state';
import { step, unchanged, type Decision } from './order.step';

/** The saga captures on shipment; the same capture again changes nothing. */
export function markPaymentCaptured(command: MarkPaymentCaptured, state: OrderState): Decision {
  const { orderId, paymentId } = command.data;
  const payment = state.status === 'Unplaced' ? null : paymentOf(state);
  if (payment?.captured && payment.paymentId === paymentId) return unchanged;
  return step(state, command, { from: ['Shipped', 'Delivered'] }, (order) =>
    paymentOf(order)?.paymentId === paymentId
      ? ok([{ type: 'OrderPaymentCaptured', data: command.data }])
      : err(unknownPayment(orderId, paymentId)),
  );
}

/**
 * The saga voids whatever it asked to authorize once the order is cancelled, including an
 * authorization that arrived too late for the order to record it: with no payment on the order,
 * there is nothing to record.
 */
export const markPaymentVoided = (command: MarkPaymentVoided, state: OrderState): Decision =>
  step(state, command, { from: ['Cancelled'] }, (order) => {
    const payment = paymentOf(order);
    if (!payment) return unchanged;
    return payment.paymentId === command.data.paymentId
      ? ok([{ type: 'OrderPaymentVoided', data: command.data }])
      : err(unknownPayment(command.data.orderId, command.data.paymentId));
  });
