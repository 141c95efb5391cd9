import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import { orderAggregate } from './index';
import {
  cartId,
  commands,
  eur,
  events,
  histories,
  orderId,
  placeOrder,
} from './test-support/order-history';

const spec = deciderSpec(orderAggregate.decider);
const stateAfter = (history: Parameters<typeof spec.given>[0]) =>
  fold(orderAggregate.decider, history);

describe('PlaceOrder', () => {
  it('places an order with its lines, address and total', () => {
    spec.given([]).when(placeOrder).then([events.placed]);
  });

  it('changes nothing when the same cart places it again, at any later status', () => {
    spec.given(histories.Placed).when(placeOrder).then([]);
    spec.given(histories.Shipped).when(placeOrder).then([]);
  });

  it('refuses the same order id from another cart', () => {
    const otherCart = { ...placeOrder.data, cartId: 'c0c0c0c0-0000-4000-8000-000000000002' };
    spec
      .given(histories.Placed)
      .when({ type: 'PlaceOrder', data: otherCart })
      .thenFails('OrderAlreadyPlaced');
  });
});

describe('stock reservation outcome', () => {
  it('moves a placed order on when stock is reserved', () => {
    spec.given(histories.Placed).when(commands.markStockReserved).then([events.stockReserved]);
    expect(stateAfter(histories.StockReserved).status).toBe('StockReserved');
  });

  it('records a failed reservation and cancels the order in the same append', () => {
    spec
      .given(histories.Placed)
      .when(commands.markStockReservationFailed)
      .then([
        events.stockReservationFailed,
        {
          type: 'OrderCancelled',
          data: { orderId, reason: 'Stock could not be reserved: Lamp is sold out' },
        },
      ]);
  });
});

describe('MarkPaymentAuthorized', () => {
  it('records a payment that covers the order', () => {
    spec
      .given(histories.StockReserved)
      .when(commands.markPaymentAuthorized)
      .then([events.paymentAuthorized]);
  });

  it('refuses an amount other than the total, or in another currency', () => {
    for (const amount of [eur(2_999), { amountMinor: 3_000, currency: 'USD' }]) {
      spec
        .given(histories.StockReserved)
        .when({ type: 'MarkPaymentAuthorized', data: { orderId, paymentId: 'pay_9', amount } })
        .thenFails('PaymentAmountMismatch');
    }
  });

  it('refuses a second, different authorization (one to void, not to record)', () => {
    spec
      .given(histories.Paid)
      .when({
        ...commands.markPaymentAuthorized,
        data: { ...commands.markPaymentAuthorized.data, paymentId: 'pay_2' },
      })
      .thenFails('IllegalOrderTransition');
  });

  it('refuses payment before stock is reserved', () => {
    spec
      .given(histories.Placed)
      .when(commands.markPaymentAuthorized)
      .thenFails('IllegalOrderTransition');
  });
});

describe('MarkPaymentDeclined', () => {
  it('records the decline and cancels the order', () => {
    spec
      .given(histories.StockReserved)
      .when(commands.markPaymentDeclined)
      .then([
        events.paymentDeclined,
        { type: 'OrderCancelled', data: { orderId, reason: 'Payment declined: Card expired' } },
      ]);
  });
});

describe('fulfilment', () => {
  it('confirms a paid order, ships a confirmed one, delivers a shipped one', () => {
    spec.given(histories.Paid).when(commands.confirmOrder).then([events.confirmed]);
    spec.given(histories.Confirmed).when(commands.shipOrder).then([events.shipped]);
    spec.given(histories.Shipped).when(commands.deliverOrder).then([events.delivered]);
    expect(stateAfter(histories.Delivered)).toMatchObject({
      status: 'Delivered',
      shipment: { carrier: 'DHL', trackingNumber: 'JD0001' },
    });
  });

  it('refuses to ship a shipped order under another tracking number', () => {
    spec
      .given(histories.Shipped)
      .when({ type: 'ShipOrder', data: { orderId, carrier: 'DHL', trackingNumber: 'JD0002' } })
      .thenFails('IllegalOrderTransition');
  });
});

describe('CancelOrder', () => {
  it('cancels an order before it ships, keeping a payment for the refund', () => {
    spec.given(histories.Confirmed).when(commands.cancelOrder).then([events.cancelled]);
    expect(stateAfter(histories.CancelledAfterPayment)).toMatchObject({
      status: 'Cancelled',
      cartId,
      payment: { paymentId: 'pay_123', refundedMinor: 0 },
    });
  });

  it('refuses once the order has shipped', () => {
    spec.given(histories.Shipped).when(commands.cancelOrder).thenFails('IllegalOrderTransition');
  });
});

describe('MarkPaymentCaptured', () => {
  it('records the capture once; the same capture again changes nothing', () => {
    spec.given(histories.Shipped).when(commands.markPaymentCaptured).then([events.paymentCaptured]);
    const captured = [...histories.Delivered, events.paymentCaptured];
    spec.given(captured).when(commands.markPaymentCaptured).then([]);
    expect(stateAfter(captured)).toMatchObject({
      payment: { paymentId: 'pay_123', captured: true },
    });
  });

  it('refuses a payment the order does not hold', () => {
    spec
      .given(histories.Shipped)
      .when({ type: 'MarkPaymentCaptured', data: { orderId, paymentId: 'pay_other' } })
      .thenFails('UnknownPayment');
  });
});

describe('MarkPaymentVoided', () => {
  it('takes the voided payment off a cancelled order, so nothing is left to refund', () => {
    spec
      .given(histories.CancelledAfterPayment)
      .when(commands.markPaymentVoided)
      .then([events.paymentVoided]);
    const voided = [...histories.CancelledAfterPayment, events.paymentVoided];
    expect(stateAfter(voided)).toMatchObject({ status: 'Cancelled', payment: null });
    spec.given(voided).when(commands.markPaymentVoided).then([]);
    spec.given(voided).when(commands.refundOrder).thenFails('IllegalOrderTransition');
  });

  it('refuses another payment than the one the order holds', () => {
    spec
      .given(histories.CancelledAfterPayment)
      .when({ type: 'MarkPaymentVoided', data: { orderId, paymentId: 'pay_other' } })
      .thenFails('UnknownPayment');
  });
});
