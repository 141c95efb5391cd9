import type { Money } from '../shared/money';

/*
 * The order's lifecycle. Stock is reserved before payment is taken, so no card is charged for
 * goods the shop cannot send.
 *
 *            PlaceOrder          MarkStockReserved                MarkPaymentAuthorized
 *  Unplaced ───────────▶ Placed ───────────────────▶ StockReserved ─────────────────────▶ Paid
 *                          │                              │                                │
 *                          │ MarkStockReservation-        │ MarkPaymentDeclined            │ ConfirmOrder
 *                          │ Failed                       │                                ▼
 *                          ▼                              ▼                            Confirmed
 *                      Cancelled ◀────────────────────────┘                                │ ShipOrder
 *                          ▲                                                               ▼
 *                          └──── CancelOrder (from Placed, StockReserved, Paid,         Shipped
 *                                Confirmed; not once shipped)                              │ DeliverOrder
 *                                                                                          ▼
 *                                                                                      Delivered
 *
 *  RefundOrder: from any status that holds a payment (Paid, Confirmed, Shipped, Delivered, and
 *  Cancelled after payment). A partial refund keeps the status; the refund that returns the whole
 *  payment moves the order to Refunded, which is final.
 *
 *  MarkPaymentCaptured: on a Shipped or Delivered order (the saga captures on shipment).
 *  MarkPaymentVoided: on a Cancelled order; the payment leaves it, so nothing is left to refund.
 *
 *  A command whose outcome already holds (MarkStockReserved on a StockReserved order, CancelOrder
 *  on a Cancelled one, the same refund id again…) succeeds and records nothing, so that a saga can
 *  redeliver. Anything else off these arrows is an IllegalOrderTransition naming the status.
 */

/** What decisions need of every placed order; the lines and address live in OrderPlaced. */
export interface OrderSummary {
  readonly orderId: string;
  readonly cartId: string;
  readonly total: Money;
}

export interface Payment {
  readonly paymentId: string;
  readonly amount: Money;
  /** Authorized only, until the saga captures it on shipment. */
  readonly captured: boolean;
  readonly refundedMinor: number;
  readonly refundIds: readonly string[];
}

export interface Shipment {
  readonly carrier: string;
  readonly trackingNumber: string;
}

export type OrderState =
  | { readonly status: 'Unplaced' }
  | (OrderSummary & { readonly status: 'Placed' | 'StockReserved' })
  | (OrderSummary & {
      readonly status: 'Paid' | 'Confirmed' | 'Refunded';
      readonly payment: Payment;
    })
  | (OrderSummary & {
      readonly status: 'Shipped' | 'Delivered';
      readonly payment: Payment;
      readonly shipment: Shipment;
    })
  | (OrderSummary & { readonly status: 'Cancelled'; readonly payment: Payment | null });

export type PlacedOrder = Exclude<OrderState, { status: 'Unplaced' }>;
export type OrderStatus = PlacedOrder['status'];

export const initialOrderState: OrderState = { status: 'Unplaced' };

export const summaryOf = ({ orderId, cartId, total }: PlacedOrder): OrderSummary => ({
  orderId,
  cartId,
  total,
});

/** The payment taken for the order, if any; a cancelled order keeps it until refunded. */
export const paymentOf = (order: PlacedOrder): Payment | null =>
  'payment' in order ? order.payment : null;
