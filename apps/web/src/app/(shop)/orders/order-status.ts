import type { z } from 'zod';
import type { orderStatusSchema } from '@shop/read-models';

/*
 * How the shopper reads an order's status. Pure and free of server imports: the order pages use it
 * in the browser (the read-models import is a type only).
 */

export type OrderStatus = z.infer<typeof orderStatusSchema>;

const labels: Record<OrderStatus, string> = {
  Placed: 'Placed',
  StockReserved: 'Stock reserved',
  Paid: 'Payment authorized',
  Confirmed: 'Confirmed',
  Shipped: 'Shipped',
  Delivered: 'Delivered',
  Cancelled: 'Cancelled',
  Refunded: 'Refunded',
};

export const statusLabel = (status: OrderStatus): string => labels[status];

/** The steps the order saga takes an order through before it can be shipped. */
const fulfilment = ['Placed', 'StockReserved', 'Paid', 'Confirmed'] as const;

/** Statuses the saga is still working on: the page keeps following the order while in one. */
export const isInProgress = (status: OrderStatus): boolean =>
  status === 'Placed' || status === 'StockReserved' || status === 'Paid';

export type StepState = 'done' | 'current' | 'upcoming';

export interface ProgressStep {
  readonly status: OrderStatus;
  readonly label: string;
  readonly state: StepState;
}

/**
 * The fulfilment steps with where the order stands on them: the steps reached are done, the next
 * one is what the saga works on now. A cancelled or refunded order left this path: null, and the
 * page says what happened instead. A shipped or delivered order has done every step.
 */
export function progressOf(status: OrderStatus): readonly ProgressStep[] | null {
  if (status === 'Cancelled' || status === 'Refunded') return null;
  const index = fulfilment.findIndex((step) => step === status);
  const reached = index === -1 ? fulfilment.length - 1 : index;
  return fulfilment.map((step, at) => ({
    status: step,
    label: labels[step],
    state: at <= reached ? 'done' : at === reached + 1 ? 'current' : 'upcoming',
  }));
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'medium',
  timeZone: 'UTC',
});

/** One rendering on the server and in the browser (a local time zone would differ between them). */
export const formatWhen = (date: Date): string => `${dateTime.format(date)} UTC`;
