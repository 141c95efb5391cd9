import { z } from 'zod';
import { lineItemSchema, linesAddUpTo } from '../shared/line-item';
import { shippingAddressSchema } from '../shared/shipping-address';
import { positiveMoneySchema } from '../shared/money';
import {
  carrierSchema,
  cartIdSchema,
  customerIdSchema,
  orderIdSchema,
  paymentIdSchema,
  reasonSchema,
  refundIdSchema,
  trackingNumberSchema,
} from './order.fields';

const command = <const Type extends string, Data extends z.ZodType>(type: Type, data: Data) =>
  z.object({ type: z.literal(type), data });

export const placeOrderDataSchema = z
  .object({
    orderId: orderIdSchema,
    cartId: cartIdSchema,
    customerId: customerIdSchema.nullable(),
    lines: z.array(lineItemSchema).min(1, 'An order needs at least one line'),
    shippingAddress: shippingAddressSchema,
    total: positiveMoneySchema,
    placedAt: z.iso.datetime({ offset: true, error: 'Order time must be an ISO date-time' }),
  })
  .refine(({ lines, total }) => linesAddUpTo(lines, total), {
    message: 'The total must be the sum of the lines, all in one currency',
    path: ['total'],
  });
export const placeOrderSchema = command('PlaceOrder', placeOrderDataSchema);
export type PlaceOrder = z.infer<typeof placeOrderSchema>;

/** Commands that name the order only. */
export const orderRefSchema = z.object({ orderId: orderIdSchema });
/** Commands that name the order and say why. */
export const orderReasonSchema = z.object({ orderId: orderIdSchema, reason: reasonSchema });

export const markStockReservedSchema = command('MarkStockReserved', orderRefSchema);
export type MarkStockReserved = z.infer<typeof markStockReservedSchema>;

export const markStockReservationFailedSchema = command(
  'MarkStockReservationFailed',
  orderReasonSchema,
);
export type MarkStockReservationFailed = z.infer<typeof markStockReservationFailedSchema>;

export const paymentAuthorizationSchema = z.object({
  orderId: orderIdSchema,
  paymentId: paymentIdSchema,
  amount: positiveMoneySchema,
});
export const markPaymentAuthorizedSchema = command(
  'MarkPaymentAuthorized',
  paymentAuthorizationSchema,
);
export type MarkPaymentAuthorized = z.infer<typeof markPaymentAuthorizedSchema>;

export const markPaymentDeclinedSchema = command('MarkPaymentDeclined', orderReasonSchema);
export type MarkPaymentDeclined = z.infer<typeof markPaymentDeclinedSchema>;

/** The payment the saga captured on shipment, or voided once the order was cancelled. */
export const paymentRefSchema = z.object({ orderId: orderIdSchema, paymentId: paymentIdSchema });

export const markPaymentCapturedSchema = command('MarkPaymentCaptured', paymentRefSchema);
export type MarkPaymentCaptured = z.infer<typeof markPaymentCapturedSchema>;

export const markPaymentVoidedSchema = command('MarkPaymentVoided', paymentRefSchema);
export type MarkPaymentVoided = z.infer<typeof markPaymentVoidedSchema>;

export const confirmOrderSchema = command('ConfirmOrder', orderRefSchema);
export type ConfirmOrder = z.infer<typeof confirmOrderSchema>;

export const shipmentSchema = z.object({
  orderId: orderIdSchema,
  carrier: carrierSchema,
  trackingNumber: trackingNumberSchema,
});
export const shipOrderSchema = command('ShipOrder', shipmentSchema);
export type ShipOrder = z.infer<typeof shipOrderSchema>;

export const deliverOrderSchema = command('DeliverOrder', orderRefSchema);
export type DeliverOrder = z.infer<typeof deliverOrderSchema>;

export const cancelOrderSchema = command('CancelOrder', orderReasonSchema);
export type CancelOrder = z.infer<typeof cancelOrderSchema>;

export const refundSchema = z.object({
  orderId: orderIdSchema,
  refundId: refundIdSchema,
  amount: positiveMoneySchema,
  reason: reasonSchema,
});
export const refundOrderSchema = command('RefundOrder', refundSchema);
export type RefundOrder = z.infer<typeof refundOrderSchema>;

export const orderCommandSchema = z.discriminatedUnion('type', [
  placeOrderSchema,
  markStockReservedSchema,
  markStockReservationFailedSchema,
  markPaymentAuthorizedSchema,
  markPaymentDeclinedSchema,
  markPaymentCapturedSchema,
  markPaymentVoidedSchema,
  confirmOrderSchema,
  shipOrderSchema,
  deliverOrderSchema,
  cancelOrderSchema,
  refundOrderSchema,
]);
export type OrderCommand = z.infer<typeof orderCommandSchema>;
