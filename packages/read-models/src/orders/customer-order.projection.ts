import type { LineItem, OrderEvent } from '@shop/domain';
import { progressAfter } from '../shared/order-progress';
import { orderStreamSpec, placedSummary, type OrderSummary } from '../shared/order-summary';
import { streamRowEvolver, type StreamRow } from '../shared/stream-row';

/** One of a shopper's orders: what it holds, where it stands, and how it travels once shipped. */
export interface CustomerOrderRow extends OrderSummary, StreamRow {
  readonly lines: readonly LineItem[];
  readonly carrier: string | null;
  readonly trackingNumber: string | null;
  /** Why it was cancelled (a declined card, stock that ran out); null unless it was. */
  readonly cancellationReason: string | null;
}

type Fields = Omit<CustomerOrderRow, keyof StreamRow>;

function orderAfter(order: Fields, event: OrderEvent): Fields {
  const progressed = progressAfter(order, event);
  // A shipment or a cancellation counts when it moved the order, as the aggregate records it.
  if (progressed.status === order.status) return progressed;
  switch (event.type) {
    case 'OrderShipped': {
      const { carrier, trackingNumber } = event.data;
      return { ...progressed, carrier, trackingNumber };
    }
    case 'OrderCancelled':
      return { ...progressed, cancellationReason: event.data.reason };
    default:
      return progressed;
  }
}

/** Pure; an order's row starts at its OrderPlaced, which names the customer (null for a guest). */
export const evolveCustomerOrder = streamRowEvolver<CustomerOrderRow, OrderEvent>({
  ...orderStreamSpec,
  create(_orderId, event, recorded) {
    const { summary, placed } = placedSummary(event, recorded);
    return {
      ...summary,
      lines: placed.lines,
      carrier: null,
      trackingNumber: null,
      cancellationReason: null,
    };
  },
  evolve: orderAfter,
});
