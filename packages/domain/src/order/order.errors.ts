import { domainError, type DomainError } from '../shared/domain-error';
import { formatMoney, type Money } from '../shared/money';
import type { OrderCommand } from './order.commands';
import type { OrderStatus } from './order.state';

/** A command the order's status does not allow; `status` lets a saga decide how to compensate. */
export interface IllegalOrderTransition extends DomainError<'IllegalOrderTransition'> {
  readonly status: OrderStatus;
  readonly command: OrderCommand['type'];
}

export type OrderError =
  | DomainError<
      | 'OrderNotFound'
      | 'OrderAlreadyPlaced'
      | 'PaymentAmountMismatch'
      | 'RefundCurrencyMismatch'
      | 'RefundExceedsPayment'
      | 'UnknownPayment'
    >
  | IllegalOrderTransition;

const statusWords: Record<OrderStatus, string> = {
  Placed: 'placed and waiting for stock',
  StockReserved: 'waiting for payment',
  Paid: 'paid',
  Confirmed: 'confirmed',
  Shipped: 'shipped',
  Delivered: 'delivered',
  Cancelled: 'cancelled',
  Refunded: 'refunded',
};

const commandWords: Record<OrderCommand['type'], string> = {
  PlaceOrder: 'be placed',
  MarkStockReserved: 'have stock reserved',
  MarkStockReservationFailed: 'fail its stock reservation',
  MarkPaymentAuthorized: 'take a payment',
  MarkPaymentDeclined: 'have its payment declined',
  MarkPaymentCaptured: 'have its payment captured',
  MarkPaymentVoided: 'have its payment voided',
  ConfirmOrder: 'be confirmed',
  ShipOrder: 'be shipped',
  DeliverOrder: 'be delivered',
  CancelOrder: 'be cancelled',
  RefundOrder: 'be refunded',
};

export const illegalOrderTransition = (
  orderId: string,
  command: OrderCommand['type'],
  status: OrderStatus,
): IllegalOrderTransition => ({
  ...domainError(
    'IllegalOrderTransition',
    `Order ${orderId} is ${statusWords[status]}, so it cannot ${commandWords[command]}.`,
  ),
  status,
  command,
});

export const orderNotFound = (orderId: string): OrderError =>
  domainError('OrderNotFound', `There is no order ${orderId}.`);

export const orderAlreadyPlaced = (orderId: string): OrderError =>
  domainError('OrderAlreadyPlaced', `Order ${orderId} was already placed, from another cart.`);

export const paymentAmountMismatch = (orderId: string, total: Money, paid: Money): OrderError =>
  domainError(
    'PaymentAmountMismatch',
    `Order ${orderId} totals ${formatMoney(total)}; a payment of ${formatMoney(paid)} ` +
      'cannot settle it.',
  );

export const refundCurrencyMismatch = (orderId: string, paid: Money, asked: Money): OrderError =>
  domainError(
    'RefundCurrencyMismatch',
    `Order ${orderId} was paid in ${paid.currency}; it cannot be refunded in ${asked.currency}.`,
  );

export const refundExceedsPayment = (
  orderId: string,
  refundable: Money,
  asked: Money,
): OrderError =>
  domainError(
    'RefundExceedsPayment',
    `At most ${formatMoney(refundable)} of order ${orderId} can still be refunded, ` +
      `not ${formatMoney(asked)}.`,
  );

export const unknownPayment = (orderId: string, paymentId: string): OrderError =>
  domainError('UnknownPayment', `Order ${orderId} holds no payment ${paymentId}.`);
