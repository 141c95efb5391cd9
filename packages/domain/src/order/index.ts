export { orderAggregate, orderStreamCategory, orderStreamId } from './order.aggregate';
export {
  cancelOrder,
  confirmOrder,
  deliverOrder,
  markPaymentAuthorized,
  markPaymentCaptured,
  markPaymentDeclined,
  markPaymentVoided,
  markStockReservationFailed,
  markStockReserved,
  refundOrder,
  shipOrder,
} from './order.services';
export * from './order.commands';
export * from './order.inputs';
export {
  orderCancelled,
  orderConfirmed,
  orderDelivered,
  orderEventCodec,
  orderPaymentAuthorized,
  orderPaymentCaptured,
  orderPaymentDeclined,
  orderPaymentVoided,
  orderPlaced,
  orderRefunded,
  orderShipped,
  orderStockReservationFailed,
  orderStockReserved,
} from './order.events';
export type {
  OrderCancelled,
  OrderConfirmed,
  OrderDelivered,
  OrderEvent,
  OrderPaymentAuthorized,
  OrderPaymentCaptured,
  OrderPaymentDeclined,
  OrderPaymentVoided,
  OrderPlaced,
  OrderRefunded,
  OrderShipped,
  OrderStockReservationFailed,
  OrderStockReserved,
} from './order.events';
export type { OrderState, OrderStatus, OrderSummary, Payment, Shipment } from './order.state';
export type { IllegalOrderTransition, OrderError } from './order.errors';
