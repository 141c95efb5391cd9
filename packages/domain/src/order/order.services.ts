import { commandServices } from '../application/command-service';
import { orderAggregate, orderStreamId } from './order.aggregate';
import {
  orderReasonSchema,
  orderRefSchema,
  paymentAuthorizationSchema,
  paymentRefSchema,
  shipmentSchema,
} from './order.commands';
import { refundOrderInputSchema } from './order.inputs';

/*
 * One service per order command. PlaceOrder has none of its own: orders are placed by checkOut
 * (checkout/check-out.ts), from a checked-out cart.
 */

const orderService = commandServices(orderAggregate, (command) =>
  orderStreamId(command.data.orderId),
);

// For the order saga: the outcomes of stock reservation and of its calls to the payment provider.
export const markStockReserved = orderService(orderRefSchema, (data) => ({
  type: 'MarkStockReserved',
  data,
}));
export const markStockReservationFailed = orderService(orderReasonSchema, (data) => ({
  type: 'MarkStockReservationFailed',
  data,
}));
export const markPaymentAuthorized = orderService(paymentAuthorizationSchema, (data) => ({
  type: 'MarkPaymentAuthorized',
  data,
}));
export const markPaymentDeclined = orderService(orderReasonSchema, (data) => ({
  type: 'MarkPaymentDeclined',
  data,
}));

export const markPaymentCaptured = orderService(paymentRefSchema, (data) => ({
  type: 'MarkPaymentCaptured',
  data,
}));
export const markPaymentVoided = orderService(paymentRefSchema, (data) => ({
  type: 'MarkPaymentVoided',
  data,
}));

// For the saga and the admin's order pages.
export const confirmOrder = orderService(orderRefSchema, (data) => ({
  type: 'ConfirmOrder',
  data,
}));
export const shipOrder = orderService(shipmentSchema, (data) => ({ type: 'ShipOrder', data }));
export const deliverOrder = orderService(orderRefSchema, (data) => ({
  type: 'DeliverOrder',
  data,
}));
export const cancelOrder = orderService(orderReasonSchema, (data) => ({
  type: 'CancelOrder',
  data,
}));
export const refundOrder = orderService(
  refundOrderInputSchema,
  ({ amount, currency, ...data }) => ({
    type: 'RefundOrder',
    data: { ...data, amount: { amountMinor: amount, currency } },
  }),
);
