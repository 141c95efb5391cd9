import { z } from 'zod';
import { moneySchema } from '../shared/money';

/*
 * Where one order's fulfilment stands, as the saga remembers it between events.
 *
 *   New ──OrderPlaced──▶ Reserving ──OrderStockReserved──▶ AwaitingPayment ──OrderPaymentAuthorized──▶
 *   Confirming ──OrderConfirmed──▶ AwaitingShipment ──OrderShipped──▶ Fulfilling ──captured and
 *   committed──▶ Completed
 *
 *   AwaitingPayment ──timeout or payment failure──▶ CancelRequested (the saga asked to cancel)
 *   any of the above before Fulfilling ──OrderCancelled──▶ Compensating ──released, voided──▶ Cancelled
 */

/** One order line's stock, as far as the saga knows it; moves one way only (see fulfillment.stock.ts). */
export const lineStockSchema = z.enum([
  'requested',
  'reserved',
  'rejected',
  'failed',
  'released',
  'committed',
]);
export type LineStock = z.infer<typeof lineStockSchema>;

export const sagaLineSchema = z.object({
  productId: z.uuid(),
  name: z.string(),
  quantity: z.number().int().positive(),
  stock: lineStockSchema,
  /** Why the line could not be reserved, in words for the shopper. */
  problem: z.string().nullable(),
});
export type SagaLine = z.infer<typeof sagaLineSchema>;

const paymentId = z.string().min(1);
export const sagaPaymentSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('none') }),
  /** Asked for; the outcome is unknown until the provider answers. */
  z.object({ status: z.literal('authorizing') }),
  z.object({ status: z.literal('authorized'), paymentId }),
  z.object({ status: z.literal('declined'), reason: z.string() }),
  z.object({ status: z.literal('captured'), paymentId }),
  z.object({ status: z.literal('voided') }),
  z.object({ status: z.literal('refunded'), paymentId }),
]);
export type SagaPayment = z.infer<typeof sagaPaymentSchema>;

export const sagaOrderSchema = z.object({
  orderId: z.uuid(),
  /** The checkout's correlation id: every command the saga sends carries it. */
  correlationId: z.uuid(),
  total: moneySchema,
});

const withStatus = <const Status extends string>(status: Status) =>
  z.object({
    status: z.literal(status),
    order: sagaOrderSchema,
    lines: z.array(sagaLineSchema).min(1),
    payment: sagaPaymentSchema,
  });

const reason = { reason: z.string() };

export const orderSagaStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('New') }),
  withStatus('Reserving'),
  withStatus('AwaitingPayment'),
  withStatus('Confirming'),
  withStatus('AwaitingShipment'),
  withStatus('Fulfilling'),
  withStatus('Completed'),
  withStatus('CancelRequested'),
  withStatus('Compensating').extend(reason),
  withStatus('Cancelled').extend(reason),
]);
export type OrderSagaState = z.infer<typeof orderSagaStateSchema>;
export type ActiveSaga = Exclude<OrderSagaState, { status: 'New' }>;
export type SagaStatus = OrderSagaState['status'];

export const initialSagaState: OrderSagaState = { status: 'New' };
