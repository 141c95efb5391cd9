import { orderStatusSchema } from './order-progress';
import type { OrderSummary } from './order-summary';
import { parseColumn } from './stored-row';

/** An order summary as the order tables store it: money as minor units beside the currency. */
export interface OrderSummaryColumns {
  orderId: string;
  customerId: string | null;
  status: string;
  totalMinor: number;
  currency: string;
  paidMinor: number | null;
  refundedMinor: number;
  itemCount: number;
  placedAt: Date;
}

export const orderSummarySelect = {
  orderId: true,
  customerId: true,
  status: true,
  totalMinor: true,
  currency: true,
  paidMinor: true,
  refundedMinor: true,
  itemCount: true,
  placedAt: true,
} as const;

export const orderSummaryToColumns = (summary: OrderSummary): OrderSummaryColumns => ({
  orderId: summary.orderId,
  customerId: summary.customerId,
  status: summary.status,
  totalMinor: summary.total.amountMinor,
  currency: summary.total.currency,
  paidMinor: summary.paidMinor,
  refundedMinor: summary.refundedMinor,
  itemCount: summary.itemCount,
  placedAt: summary.placedAt,
});

export const orderSummaryFromColumns = (columns: OrderSummaryColumns): OrderSummary => ({
  orderId: columns.orderId,
  customerId: columns.customerId,
  status: parseColumn(orderStatusSchema, columns.status, 'status'),
  total: { amountMinor: columns.totalMinor, currency: columns.currency },
  paidMinor: columns.paidMinor,
  refundedMinor: columns.refundedMinor,
  itemCount: columns.itemCount,
  placedAt: columns.placedAt,
});
