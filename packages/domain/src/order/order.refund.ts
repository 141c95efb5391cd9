import { err, ok } from '../shared/result';
import type { RefundOrder } from './order.commands';
import {
  illegalOrderTransition,
  orderNotFound,
  refundCurrencyMismatch,
  refundExceedsPayment,
} from './order.errors';
import { paymentOf, type OrderState } from './order.state';
import { unchanged, type Decision } from './order.step';

/**
 * Money goes back only where money was taken, never more than is left of it. The refund id makes a
 * retry harmless: a refund already recorded changes nothing.
 */
export function refundOrder({ type, data }: RefundOrder, state: OrderState): Decision {
  if (state.status === 'Unplaced') return err(orderNotFound(data.orderId));
  const payment = paymentOf(state);
  if (!payment) return err(illegalOrderTransition(data.orderId, type, state.status));
  if (payment.refundIds.includes(data.refundId)) return unchanged;
  if (payment.amount.currency !== data.amount.currency) {
    return err(refundCurrencyMismatch(data.orderId, payment.amount, data.amount));
  }
  const refundable = {
    currency: payment.amount.currency,
    amountMinor: payment.amount.amountMinor - payment.refundedMinor,
  };
  if (data.amount.amountMinor > refundable.amountMinor) {
    return err(refundExceedsPayment(data.orderId, refundable, data.amount));
  }
  return ok([{ type: 'OrderRefunded', data }]);
}
