import {
  assertNever,
  type OrderEvent,
  type OrderPlaced,
  type OrderStatus,
  type RecordedEvent,
} from '@shop/domain';
import { z } from 'zod';
import { MalformedEvent } from './malformed-event';

export const orderStatusSchema = z.enum([
  'Placed',
  'StockReserved',
  'Paid',
  'Confirmed',
  'Shipped',
  'Delivered',
  'Cancelled',
  'Refunded',
]);

// Fails to compile when the domain gains or loses a status this list does not follow.
const sameStatuses: [OrderStatus, z.infer<typeof orderStatusSchema>] extends [
  z.infer<typeof orderStatusSchema>,
  OrderStatus,
]
  ? true
  : never = true;
void sameStatuses;

/** Where an order stands, as every order read model needs it. */
export interface OrderProgress {
  readonly status: OrderStatus;
  /** The payment authorized, in the order's currency; null before payment and once voided. */
  readonly paidMinor: number | null;
  readonly refundedMinor: number;
}

export const placedProgress: OrderProgress = {
  status: 'Placed',
  paidMinor: null,
  refundedMinor: 0,
};

/** An order row starts at OrderPlaced; anything else first means its history is missing. */
export function requirePlaced(event: OrderEvent, recorded: RecordedEvent): OrderPlaced {
  if (event.type === 'OrderPlaced') return event;
  throw new MalformedEvent(recorded, 'the order has no OrderPlaced before it');
}

const move = <P extends OrderProgress>(progress: P, from: OrderStatus, to: OrderStatus): P =>
  progress.status === from ? { ...progress, status: to } : progress;

/**
 * The order aggregate's transitions, from the status its decide emits each event in; any other
 * status is kept as it is, as the aggregate does, so an odd history reads the same on both sides.
 */
export function progressAfter<P extends OrderProgress>(progress: P, event: OrderEvent): P {
  switch (event.type) {
    case 'OrderPlaced':
    case 'OrderPaymentCaptured':
    case 'OrderStockReservationFailed':
    case 'OrderPaymentDeclined':
      // The last two come with the OrderCancelled that changes the status.
      return progress;
    case 'OrderStockReserved':
      return move(progress, 'Placed', 'StockReserved');
    case 'OrderPaymentAuthorized':
      return progress.status === 'StockReserved'
        ? { ...progress, status: 'Paid', paidMinor: event.data.amount.amountMinor }
        : progress;
    case 'OrderConfirmed':
      return move(progress, 'Paid', 'Confirmed');
    case 'OrderShipped':
      return move(progress, 'Confirmed', 'Shipped');
    case 'OrderDelivered':
      return move(progress, 'Shipped', 'Delivered');
    case 'OrderCancelled':
      return { ...progress, status: 'Cancelled' };
    case 'OrderPaymentVoided':
      // Nothing was taken, so nothing is left to refund.
      return progress.status === 'Cancelled' ? { ...progress, paidMinor: null } : progress;
    case 'OrderRefunded':
      return refunded(progress, event.data.amount.amountMinor);
    default:
      return assertNever(event);
  }
}

/** A partial refund keeps the status; the one that returns the whole payment makes it Refunded. */
function refunded<P extends OrderProgress>(progress: P, amountMinor: number): P {
  if (progress.paidMinor === null) return progress;
  const refundedMinor = progress.refundedMinor + amountMinor;
  const status = refundedMinor >= progress.paidMinor ? 'Refunded' : progress.status;
  return { ...progress, refundedMinor, status };
}
