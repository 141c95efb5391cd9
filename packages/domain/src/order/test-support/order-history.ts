import type { Money } from '../../shared/money';
import type { OrderCommand, OrderEvent, PlaceOrder } from '../index';

/** Orders as histories of events, for given/when/then specs: one fixed order, each status. */

export const orderId = '0d0d0d0d-0000-4000-8000-000000000001';
export const cartId = 'c0c0c0c0-0000-4000-8000-000000000001';
export const paymentId = 'pay_123';
export const refundId = 'f0f0f0f0-0000-4000-8000-000000000001';

export const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });
export const total = eur(3_000);

export const placeOrder: PlaceOrder = {
  type: 'PlaceOrder',
  data: {
    orderId,
    cartId,
    customerId: null,
    lines: [
      {
        productId: 'a1a1a1a1-0000-4000-8000-000000000001',
        name: 'Lamp',
        unitPrice: eur(1_000),
        quantity: 3,
      },
    ],
    shippingAddress: {
      recipient: 'Ada Lovelace',
      line1: '12 St James Square',
      line2: '',
      postalCode: 'SW1Y 4JH',
      city: 'London',
      country: 'GB',
    },
    total,
    placedAt: '2026-11-20T10:00:00.000Z',
  },
};

export const commands = {
  markStockReserved: { type: 'MarkStockReserved', data: { orderId } },
  markStockReservationFailed: {
    type: 'MarkStockReservationFailed',
    data: { orderId, reason: 'Lamp is sold out' },
  },
  markPaymentAuthorized: {
    type: 'MarkPaymentAuthorized',
    data: { orderId, paymentId, amount: total },
  },
  markPaymentDeclined: { type: 'MarkPaymentDeclined', data: { orderId, reason: 'Card expired' } },
  confirmOrder: { type: 'ConfirmOrder', data: { orderId } },
  shipOrder: { type: 'ShipOrder', data: { orderId, carrier: 'DHL', trackingNumber: 'JD0001' } },
  deliverOrder: { type: 'DeliverOrder', data: { orderId } },
  cancelOrder: { type: 'CancelOrder', data: { orderId, reason: 'Changed my mind' } },
  refundOrder: {
    type: 'RefundOrder',
    data: { orderId, refundId, amount: eur(1_000), reason: 'Lamp arrived broken' },
  },
  markPaymentCaptured: { type: 'MarkPaymentCaptured', data: { orderId, paymentId } },
  markPaymentVoided: { type: 'MarkPaymentVoided', data: { orderId, paymentId } },
} satisfies Record<string, OrderCommand>;

export const events = {
  placed: { type: 'OrderPlaced', data: placeOrder.data },
  stockReserved: { type: 'OrderStockReserved', data: { orderId } },
  stockReservationFailed: {
    type: 'OrderStockReservationFailed',
    data: { orderId, reason: 'Lamp is sold out' },
  },
  paymentAuthorized: {
    type: 'OrderPaymentAuthorized',
    data: { orderId, paymentId, amount: total },
  },
  paymentDeclined: { type: 'OrderPaymentDeclined', data: { orderId, reason: 'Card expired' } },
  confirmed: { type: 'OrderConfirmed', data: { orderId } },
  shipped: { type: 'OrderShipped', data: { orderId, carrier: 'DHL', trackingNumber: 'JD0001' } },
  delivered: { type: 'OrderDelivered', data: { orderId } },
  cancelled: { type: 'OrderCancelled', data: { orderId, reason: 'Changed my mind' } },
  paymentCaptured: { type: 'OrderPaymentCaptured', data: { orderId, paymentId } },
  paymentVoided: { type: 'OrderPaymentVoided', data: { orderId, paymentId } },
  refunded: (amountMinor: number, id = refundId): OrderEvent => ({
    type: 'OrderRefunded',
    data: { orderId, refundId: id, amount: eur(amountMinor), reason: 'Lamp arrived broken' },
  }),
} satisfies Record<string, OrderEvent | ((...args: never[]) => OrderEvent)>;

const placed: OrderEvent[] = [events.placed];
const reserved = [...placed, events.stockReserved];
const paid = [...reserved, events.paymentAuthorized];
const confirmed = [...paid, events.confirmed];
const shipped = [...confirmed, events.shipped];

/** A history for every status, and both kinds of cancelled order. */
export const histories = {
  Placed: placed,
  StockReserved: reserved,
  Paid: paid,
  Confirmed: confirmed,
  Shipped: shipped,
  Delivered: [...shipped, events.delivered],
  Cancelled: [...placed, events.cancelled],
  CancelledAfterPayment: [...paid, events.cancelled],
  Refunded: [...paid, events.refunded(total.amountMinor, 'f0f0f0f0-0000-4000-8000-0000000000ff')],
} satisfies Record<string, readonly OrderEvent[]>;
