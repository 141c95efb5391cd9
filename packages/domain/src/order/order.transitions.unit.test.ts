import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import { deciderSpec } from '../shared/decider-spec';
import { orderAggregate, type OrderError, type OrderEvent } from './index';
import { commands, events, histories } from './test-support/order-history';

const spec = deciderSpec(orderAggregate.decider);

type CommandName = keyof typeof commands;
type History = keyof typeof histories;
/** emits: the command's events; unchanged: success with none; otherwise the error code. */
type Outcome = 'emits' | 'unchanged' | OrderError['code'];

const emitted: Record<CommandName, readonly OrderEvent[]> = {
  markStockReserved: [events.stockReserved],
  markStockReservationFailed: [
    events.stockReservationFailed,
    {
      type: 'OrderCancelled',
      data: {
        orderId: events.placed.data.orderId,
        reason: 'Stock could not be reserved: Lamp is sold out',
      },
    },
  ],
  markPaymentAuthorized: [events.paymentAuthorized],
  markPaymentDeclined: [
    events.paymentDeclined,
    {
      type: 'OrderCancelled',
      data: { orderId: events.placed.data.orderId, reason: 'Payment declined: Card expired' },
    },
  ],
  confirmOrder: [events.confirmed],
  shipOrder: [events.shipped],
  deliverOrder: [events.delivered],
  cancelOrder: [events.cancelled],
  refundOrder: [events.refunded(1_000)],
  markPaymentCaptured: [events.paymentCaptured],
  markPaymentVoided: [events.paymentVoided],
};

const E = 'emits';
const U = 'unchanged';
const X = 'IllegalOrderTransition';

// The machine drawn in order.state.ts, cell by cell (E emits, U unchanged, X illegal).
// Columns: MarkStockReserved, MarkStockReservationFailed, MarkPaymentAuthorized,
// MarkPaymentDeclined, ConfirmOrder, ShipOrder, DeliverOrder, CancelOrder, RefundOrder,
// MarkPaymentCaptured, MarkPaymentVoided.
// prettier-ignore
const machine: Record<History, readonly Outcome[]> = {
  Placed:                [E, E, X, X, X, X, X, E, X, X, X],
  StockReserved:         [U, X, E, E, X, X, X, E, X, X, X],
  Paid:                  [U, X, U, X, E, X, X, E, E, X, X],
  Confirmed:             [U, X, U, X, U, E, X, E, E, X, X],
  Shipped:               [U, X, U, X, U, U, E, X, E, E, X],
  Delivered:             [U, X, U, X, U, U, U, X, E, E, X],
  Cancelled:             [X, U, X, U, X, X, X, U, X, X, U],
  CancelledAfterPayment: [X, U, U, U, X, X, X, U, E, X, E],
  Refunded:              [X, X, U, X, X, X, X, X, 'RefundExceedsPayment', X, X],
};

const commandNames = Object.keys(commands) as CommandName[];

describe('the order state machine', () => {
  for (const [history, outcomes] of Object.entries(machine) as [History, Outcome[]][]) {
    describe(`a ${history} order`, () => {
      commandNames.forEach((name, column) => {
        const outcome = outcomes[column] as Outcome;
        it(`${name}: ${outcome}`, () => {
          const then = spec.given(histories[history]).when(commands[name]);
          if (outcome === E) then.then(emitted[name]);
          else if (outcome === U) then.then([]);
          else then.thenFails(outcome);
        });
      });
    });
  }

  it('names the status and the command in an illegal transition', () => {
    const state = fold(orderAggregate.decider, histories.Cancelled);
    const result = orderAggregate.decider.decide(commands.shipOrder, state);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'IllegalOrderTransition',
        status: 'Cancelled',
        command: 'ShipOrder',
        message: `Order ${events.placed.data.orderId} is cancelled, so it cannot be shipped.`,
      }),
    });
  });

  it('refuses every command but PlaceOrder for an order never placed', () => {
    for (const name of commandNames) {
      spec.given([]).when(commands[name]).thenFails('OrderNotFound');
    }
  });
});
