import { assertNever } from '../shared/decider';
import type { OrderEvent, OrderPaymentCaptured, OrderRefunded } from './order.events';
import { paymentOf, summaryOf, type OrderState } from './order.state';

/*
 * Each transition applies from the status decide emits it in; any other state is returned as it
 * is (decide never emits it there), so that an odd history still replays.
 */

function refund(state: OrderState, { data }: OrderRefunded): OrderState {
  if (!('payment' in state) || !state.payment) return state;
  const { payment } = state;
  const refunded = {
    ...payment,
    refundedMinor: payment.refundedMinor + data.amount.amountMinor,
    refundIds: [...payment.refundIds, data.refundId],
  };
  return refunded.refundedMinor >= payment.amount.amountMinor
    ? { ...summaryOf(state), status: 'Refunded', payment: refunded }
    : { ...state, payment: refunded };
}

function capture(state: OrderState, { data }: OrderPaymentCaptured): OrderState {
  if (!('payment' in state) || state.payment?.paymentId !== data.paymentId) return state;
  return { ...state, payment: { ...state.payment, captured: true } };
}

export function evolveOrder(state: OrderState, event: OrderEvent): OrderState {
  switch (event.type) {
    case 'OrderPlaced': {
      const { orderId, cartId, total } = event.data;
      return { status: 'Placed', orderId, cartId, total };
    }
    case 'OrderStockReserved':
      return state.status === 'Placed' ? { ...state, status: 'StockReserved' } : state;
    case 'OrderStockReservationFailed':
    case 'OrderPaymentDeclined':
      return state; // the OrderCancelled appended with it is what changes the status
    case 'OrderPaymentAuthorized': {
      if (state.status !== 'StockReserved') return state;
      const { paymentId, amount } = event.data;
      const payment = { paymentId, amount, captured: false, refundedMinor: 0, refundIds: [] };
      return { ...state, status: 'Paid', payment };
    }
    case 'OrderPaymentCaptured':
      return capture(state, event);
    case 'OrderPaymentVoided':
      return state.status === 'Cancelled' ? { ...state, payment: null } : state;
    case 'OrderConfirmed':
      return state.status === 'Paid' ? { ...state, status: 'Confirmed' } : state;
    case 'OrderShipped': {
      if (state.status !== 'Confirmed') return state;
      const { carrier, trackingNumber } = event.data;
      return { ...state, status: 'Shipped', shipment: { carrier, trackingNumber } };
    }
    case 'OrderDelivered':
      return state.status === 'Shipped' ? { ...state, status: 'Delivered' } : state;
    case 'OrderCancelled':
      return state.status === 'Unplaced'
        ? state
        : { ...summaryOf(state), status: 'Cancelled', payment: paymentOf(state) };
    case 'OrderRefunded':
      return refund(state, event);
    default:
      return assertNever(event);
  }
}
