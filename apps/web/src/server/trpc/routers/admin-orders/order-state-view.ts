import {
  assertNever,
  formatMoney,
  moneySchema,
  type Money,
  type OrderState,
  type Payment,
} from '@shop/domain';
import { orderStatusSchema } from '@shop/read-models';
import { z } from 'zod';

/** Money with its display form, so the browser needs no formatting code of its own. */
export const moneyViewSchema = moneySchema.extend({ formatted: z.string() });
export type MoneyView = z.infer<typeof moneyViewSchema>;

export const moneyView = (money: Money): MoneyView => ({ ...money, formatted: formatMoney(money) });

/** The order aggregate's state as an admin reads it, at any point of its history. */
export const orderStateViewSchema = z.object({
  status: z.enum(['Unplaced', ...orderStatusSchema.options]),
  total: moneyViewSchema.nullable(),
  payment: z
    .object({
      paymentId: z.string(),
      amount: moneyViewSchema,
      captured: z.boolean(),
      refunded: moneyViewSchema,
      /** What a refund may still return. */
      refundable: moneyViewSchema,
    })
    .nullable(),
  shipment: z.object({ carrier: z.string(), trackingNumber: z.string() }).nullable(),
});
export type OrderStateView = z.infer<typeof orderStateViewSchema>;

export function orderStateView(state: OrderState): OrderStateView {
  switch (state.status) {
    case 'Unplaced':
      return { status: state.status, total: null, payment: null, shipment: null };
    case 'Placed':
    case 'StockReserved':
      return { status: state.status, total: moneyView(state.total), payment: null, shipment: null };
    case 'Paid':
    case 'Confirmed':
    case 'Refunded':
    case 'Cancelled':
      return {
        status: state.status,
        total: moneyView(state.total),
        payment: state.payment && paymentView(state.payment),
        shipment: null,
      };
    case 'Shipped':
    case 'Delivered':
      return {
        status: state.status,
        total: moneyView(state.total),
        payment: paymentView(state.payment),
        shipment: state.shipment,
      };
    default:
      return assertNever(state);
  }
}

function paymentView({ paymentId, amount, captured, refundedMinor }: Payment) {
  const of = (amountMinor: number) => moneyView({ amountMinor, currency: amount.currency });
  return {
    paymentId,
    amount: moneyView(amount),
    captured,
    refunded: of(refundedMinor),
    refundable: of(amount.amountMinor - refundedMinor),
  };
}
