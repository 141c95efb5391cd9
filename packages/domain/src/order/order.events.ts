import { z } from 'zod';
import { recordedLineItemSchema } from '../shared/line-item';
import { recordedAddressSchema } from '../shared/shipping-address';
import { eventCodec, type EventOf } from '../shared/event-codec';
import { defineEvent } from '../shared/event-definition';
import { moneySchema } from '../shared/money';

/*
 * Shape only, as every stored payload. Types are prefixed with Order where another aggregate owns
 * the bare name (inventory's StockReserved; a future payment aggregate's PaymentAuthorized): a
 * type must mean one thing across the whole log.
 */
const orderId = z.uuid();
const ref = z.object({ orderId });
const withReason = z.object({ orderId, reason: z.string() });

export const orderPlaced = defineEvent(
  'OrderPlaced',
  z.object({
    orderId,
    cartId: z.uuid(),
    customerId: z.uuid().nullable(),
    lines: z.array(recordedLineItemSchema).min(1),
    shippingAddress: recordedAddressSchema,
    total: moneySchema,
    placedAt: z.iso.datetime({ offset: true }),
  }),
);

export const orderStockReserved = defineEvent('OrderStockReserved', ref);
/** Always appended together with OrderCancelled, which is what changes the order's status. */
export const orderStockReservationFailed = defineEvent('OrderStockReservationFailed', withReason);

export const orderPaymentAuthorized = defineEvent(
  'OrderPaymentAuthorized',
  z.object({ orderId, paymentId: z.string().min(1), amount: moneySchema }),
);
/** Always appended together with OrderCancelled, as the stock failure is. */
export const orderPaymentDeclined = defineEvent('OrderPaymentDeclined', withReason);

const paymentRef = z.object({ orderId, paymentId: z.string().min(1) });
/** The authorized amount was taken, on shipment. */
export const orderPaymentCaptured = defineEvent('OrderPaymentCaptured', paymentRef);
/** A cancelled order's authorization was released: nothing was taken, nothing is refundable. */
export const orderPaymentVoided = defineEvent('OrderPaymentVoided', paymentRef);

export const orderConfirmed = defineEvent('OrderConfirmed', ref);
export const orderShipped = defineEvent(
  'OrderShipped',
  z.object({ orderId, carrier: z.string(), trackingNumber: z.string() }),
);
export const orderDelivered = defineEvent('OrderDelivered', ref);
/** The one event that means "this order will not be fulfilled", whatever the cause. */
export const orderCancelled = defineEvent('OrderCancelled', withReason);
export const orderRefunded = defineEvent(
  'OrderRefunded',
  z.object({ orderId, refundId: z.uuid(), amount: moneySchema, reason: z.string() }),
);

export const orderEventCodec = eventCodec([
  orderPlaced,
  orderStockReserved,
  orderStockReservationFailed,
  orderPaymentAuthorized,
  orderPaymentDeclined,
  orderPaymentCaptured,
  orderPaymentVoided,
  orderConfirmed,
  orderShipped,
  orderDelivered,
  orderCancelled,
  orderRefunded,
]);

export type OrderPlaced = EventOf<typeof orderPlaced>;
export type OrderStockReserved = EventOf<typeof orderStockReserved>;
export type OrderStockReservationFailed = EventOf<typeof orderStockReservationFailed>;
export type OrderPaymentAuthorized = EventOf<typeof orderPaymentAuthorized>;
export type OrderPaymentDeclined = EventOf<typeof orderPaymentDeclined>;
export type OrderPaymentCaptured = EventOf<typeof orderPaymentCaptured>;
export type OrderPaymentVoided = EventOf<typeof orderPaymentVoided>;
export type OrderConfirmed = EventOf<typeof orderConfirmed>;
export type OrderShipped = EventOf<typeof orderShipped>;
export type OrderDelivered = EventOf<typeof orderDelivered>;
export type OrderCancelled = EventOf<typeof orderCancelled>;
export type OrderRefunded = EventOf<typeof orderRefunded>;
export type OrderEvent =
  | OrderPlaced
  | OrderStockReserved
  | OrderStockReservationFailed
  | OrderPaymentAuthorized
  | OrderPaymentDeclined
  | OrderPaymentCaptured
  | OrderPaymentVoided
  | OrderConfirmed
  | OrderShipped
  | OrderDelivered
  | OrderCancelled
  | OrderRefunded;
