import type { OrderState } from '@shop/domain';
import { z } from 'zod';

/** Which of the admin's order actions the order's status allows now. */
export const orderActionsSchema = z.object({
  ship: z.boolean(),
  deliver: z.boolean(),
  cancel: z.boolean(),
  refund: z.boolean(),
});
export type OrderActions = z.infer<typeof orderActionsSchema>;

const cancellable = new Set<OrderState['status']>(['Placed', 'StockReserved', 'Paid', 'Confirmed']);

/**
 * The forms to offer, following the order's transitions (order.state.ts). Only a guide for the
 * page: the domain decides again when the command arrives, and refuses whatever it does not allow.
 */
export function orderActions(state: OrderState): OrderActions {
  const payment = state.status === 'Unplaced' || !('payment' in state) ? null : state.payment;
  return {
    ship: state.status === 'Confirmed',
    deliver: state.status === 'Shipped',
    cancel: cancellable.has(state.status),
    refund: payment !== null && payment.amount.amountMinor > payment.refundedMinor,
  };
}
