import type { OrderEvent } from '@shop/domain';
import { progressAfter } from '../shared/order-progress';
import { orderStreamSpec, placedSummary, type OrderSummary } from '../shared/order-summary';
import { streamRowEvolver, type StreamRow } from '../shared/stream-row';
import type { AdminCustomerRow } from './admin-customer.projection';

/** An order in the back office's list, labelled with its customer once the customer is known. */
export interface AdminOrderRow extends OrderSummary, StreamRow {
  readonly customerEmail: string | null;
  readonly customerName: string | null;
}

/** Pure; the customer labels come from the customer stream, through `labelOrder`. */
export const evolveAdminOrder = streamRowEvolver<AdminOrderRow, OrderEvent>({
  ...orderStreamSpec,
  create: (_orderId, event, recorded) => ({
    ...placedSummary(event, recorded).summary,
    customerEmail: null,
    customerName: null,
  }),
  evolve: (order, event) => progressAfter(order, event),
});

/**
 * An order and its customer come from two streams, in either order: an order placed before its
 * customer is known is labelled when the customer arrives, one placed after is labelled at once.
 */
export function labelOrder(order: AdminOrderRow, customer: AdminCustomerRow | null): AdminOrderRow {
  if (!customer || customer.customerId !== order.customerId) return order;
  return { ...order, customerEmail: customer.email, customerName: customer.name };
}
