import { describe, expect, it } from 'vitest';
import { sagaStepId } from './fulfillment.ids';
import type { SagaAction } from './fulfillment.actions';
import {
  chair,
  given,
  inputs,
  lamp,
  orderId,
  paths,
  paymentId,
  total,
} from './test-support/saga-history';

const reserveLamp: SagaAction = {
  kind: 'command',
  actionId: sagaStepId(orderId, `ReserveStock/${lamp}`),
  target: 'inventory',
  command: { type: 'ReserveStock', data: { productId: lamp, orderId, quantity: 3 } },
};

describe('stock short', () => {
  it('tells the order which lines are short, in words for the shopper', () => {
    const history = [inputs.placed, inputs.rejected(lamp, 1)];
    const { actions, reaction } = given(history).when(inputs.reserved(chair));
    expect(actions).toEqual(['MarkStockReservationFailed']);
    expect(reaction.actions[0]).toMatchObject({
      command: { data: { orderId, reason: 'Lamp: only 1 left, 3 ordered' } },
    });
  });

  it('releases what was reserved once the order is cancelled, then ends', () => {
    const history = paths.stockShort.slice(0, 3);
    const cancelled = inputs.cancelled('Stock could not be reserved: Lamp: only 1 left, 3 ordered');
    expect(given(history).when(cancelled)).toMatchObject({
      status: 'Compensating',
      actions: ['withdraw authorize', 'withdraw payment timeout', 'ReleaseReservation chair'],
    });
    expect(given(paths.stockShort.slice(0, 4)).when(inputs.released(chair))).toMatchObject({
      status: 'Cancelled',
      actions: [],
    });
  });

  it('treats a reservation that failed for good as short', () => {
    const { actions, reaction } = given([inputs.placed, inputs.reserved(chair)]).when(
      inputs.failed(reserveLamp, 'the inventory refused: quantity mismatch'),
    );
    expect(actions).toEqual(['MarkStockReservationFailed']);
    expect(reaction.actions[0]).toMatchObject({
      command: { data: { reason: 'Lamp: the inventory refused: quantity mismatch' } },
    });
  });
  it('shortens a reason longer than the order takes', () => {
    const { reaction } = given([inputs.placed, inputs.reserved(chair)]).when(
      inputs.failed(reserveLamp, 'x'.repeat(600)),
    );
    const [command] = reaction.actions;
    if (command?.kind !== 'command' || command.command.type !== 'MarkStockReservationFailed') {
      throw new Error('expected MarkStockReservationFailed');
    }
    expect(command.command.data.reason).toHaveLength(500);
  });
});

describe('payment declined', () => {
  it('records the decline on the order (which cancels it) and stops the clock', () => {
    expect(given(paths.awaitingPayment).when(inputs.declined).actions).toEqual([
      'withdraw payment timeout',
      'MarkPaymentDeclined',
    ]);
  });

  it('releases every line and voids nothing', () => {
    const history = [...paths.awaitingPayment, inputs.declined];
    expect(
      given(history).when(inputs.cancelled('Payment declined: Card declined')).actions,
    ).toEqual([
      'withdraw authorize',
      'withdraw payment timeout',
      'ReleaseReservation lamp',
      'ReleaseReservation chair',
    ]);
    expect(given(paths.declined).state.status).toBe('Cancelled');
  });
});

describe('payment unanswered', () => {
  it('stops asking and cancels the order when the deadline passes', () => {
    const { status, actions, reaction } = given(paths.awaitingPayment).when(inputs.timedOut);
    expect(status).toBe('CancelRequested');
    expect(actions).toEqual(['withdraw authorize', 'withdraw payment timeout', 'CancelOrder']);
    expect(reaction.actions[2]).toMatchObject({
      command: { data: { reason: 'Payment was not confirmed in time' } },
    });
  });

  it('voids whatever the call may have authorized, releases, and ends', () => {
    const history = [...paths.awaitingPayment, inputs.timedOut];
    const { actions, reaction } = given(history).when(
      inputs.cancelled('Payment was not confirmed in time'),
    );
    expect(actions).toEqual([
      'withdraw authorize',
      'withdraw payment timeout',
      'ReleaseReservation lamp',
      'ReleaseReservation chair',
      'void',
    ]);
    expect(reaction.actions[4]).toMatchObject({
      authorizationKey: sagaStepId(orderId, 'authorize'),
      paymentId: null,
    });
    expect(given(paths.timedOut).state.status).toBe('Cancelled');
  });

  it('records on the order an authorization the void found after all', () => {
    const history = paths.timedOut.slice(0, -3);
    expect(given(history).when(inputs.voided('pay_late')).actions).toEqual(['MarkPaymentVoided']);
  });

  it('does not confirm an order whose authorization arrives after the deadline', () => {
    const history = [...paths.awaitingPayment, inputs.timedOut];
    expect(given(history).when(inputs.paymentAuthorized)).toMatchObject({
      status: 'CancelRequested',
      actions: [],
    });
  });

  it('cancels the order when the call fails for good', () => {
    const [authorize] = given(paths.awaitingPayment.slice(0, -1)).when(inputs.stockReserved)
      .reaction.actions;
    if (!authorize) throw new Error('expected an authorization');
    const { status, reaction } = given(paths.awaitingPayment).when(
      inputs.failed(authorize, 'provider unavailable'),
    );
    expect(status).toBe('CancelRequested');
    expect(reaction.actions[2]).toMatchObject({
      command: { data: { reason: 'Payment could not be processed: provider unavailable' } },
    });
  });
});

describe('the admin cancels a confirmed order', () => {
  it('releases the stock and voids the authorization', () => {
    const { status, actions, reaction } = given(paths.confirmed).when(
      inputs.cancelled('Changed my mind'),
    );
    expect(status).toBe('Compensating');
    expect(actions).toEqual([
      'withdraw authorize',
      'withdraw payment timeout',
      'ReleaseReservation lamp',
      'ReleaseReservation chair',
      'void',
    ]);
    expect(reaction.actions[4]).toMatchObject({ paymentId });
  });

  it('records the void on the order, and ends once all is undone', () => {
    const history = paths.cancelledByAdmin.slice(0, -2);
    expect(given(history).when(inputs.voided(paymentId))).toMatchObject({
      status: 'Compensating',
      actions: ['MarkPaymentVoided'],
    });
    expect(given(paths.cancelledByAdmin).state.status).toBe('Cancelled');
  });

  it('refunds a payment already captured, and records the refund', () => {
    const captured = [...paths.confirmed, inputs.captured];
    const { actions, reaction } = given(captured).when(inputs.cancelled('Changed my mind'));
    expect(actions.at(-1)).toBe('refund');
    const refund = reaction.actions.at(-1);
    if (refund?.kind !== 'payment' || refund.op !== 'refund') throw new Error('expected a refund');
    const history = [
      ...captured,
      inputs.cancelled('Changed my mind'),
      inputs.released(lamp),
      inputs.released(chair),
    ];
    const refunded = given(history).when(inputs.fedRefund(refund.refundId, total));
    expect(refunded).toMatchObject({ status: 'Cancelled', actions: ['RefundOrder'] });
  });
});

describe('cancelled while reserving', () => {
  it('releases a reservation that is answered after the cancellation', () => {
    const history = [inputs.placed, inputs.reserved(lamp), inputs.cancelled('Changed my mind')];
    expect(given(history).state.status).toBe('Compensating');
    expect(given(history).when(inputs.reserved(chair)).actions).toEqual([
      'ReleaseReservation chair',
    ]);
    const released = [...history, inputs.released(lamp)];
    expect(given(released).when(inputs.rejected(chair, 0)).status).toBe('Cancelled');
  });

  it('releases stock reserved after the saga ended (a reservation retried by hand)', () => {
    const failed = [inputs.placed, inputs.failed(reserveLamp, 'gave up'), inputs.reserved(chair)];
    const ended = [
      ...failed,
      inputs.cancelled('Stock could not be reserved'),
      inputs.released(chair),
    ];
    expect(given(ended).state.status).toBe('Cancelled');
    expect(given(ended).when(inputs.reserved(lamp))).toMatchObject({
      status: 'Compensating',
      actions: ['ReleaseReservation lamp'],
    });
  });
});
