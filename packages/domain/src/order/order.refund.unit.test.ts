import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import { orderAggregate, type RefundOrder } from './index';
import { commands, events, histories, orderId } from './test-support/order-history';

const spec = deciderSpec(orderAggregate.decider);
const secondRefund = 'f0f0f0f0-0000-4000-8000-000000000002';

const refund = (amountMinor: number, refundId = secondRefund, currency = 'EUR'): RefundOrder => ({
  type: 'RefundOrder',
  data: { orderId, refundId, amount: { amountMinor, currency }, reason: 'Lamp arrived broken' },
});

describe('RefundOrder', () => {
  it('refunds part of a payment and keeps the status', () => {
    spec
      .given(histories.Delivered)
      .when(commands.refundOrder)
      .then([events.refunded(1_000)]);
    const state = fold(orderAggregate.decider, [...histories.Delivered, events.refunded(1_000)]);
    expect(state).toMatchObject({ status: 'Delivered', payment: { refundedMinor: 1_000 } });
  });

  it('moves the order to Refunded once the whole payment is back', () => {
    const history = [...histories.Delivered, events.refunded(1_000)];
    spec
      .given(history)
      .when(refund(2_000))
      .then([events.refunded(2_000, secondRefund)]);
    const state = fold(orderAggregate.decider, [...history, events.refunded(2_000, secondRefund)]);
    expect(state.status).toBe('Refunded');
  });

  it('refunds a cancelled order that was paid', () => {
    spec
      .given(histories.CancelledAfterPayment)
      .when(refund(3_000))
      .then([events.refunded(3_000, secondRefund)]);
  });

  it('changes nothing when the same refund comes again', () => {
    spec
      .given([...histories.Paid, events.refunded(1_000)])
      .when(commands.refundOrder)
      .then([]);
  });

  it('refuses more than is left of the payment', () => {
    spec.given(histories.Paid).when(refund(3_001)).thenFails('RefundExceedsPayment');
    spec
      .given([...histories.Paid, events.refunded(1_000)])
      .when(refund(2_001))
      .thenFails('RefundExceedsPayment');
  });

  it('refuses another currency than the payment', () => {
    spec
      .given(histories.Paid)
      .when(refund(100, secondRefund, 'USD'))
      .thenFails('RefundCurrencyMismatch');
  });

  it('refuses an order nothing was paid for', () => {
    spec.given(histories.StockReserved).when(refund(100)).thenFails('IllegalOrderTransition');
    spec.given(histories.Cancelled).when(refund(100)).thenFails('IllegalOrderTransition');
  });
});
