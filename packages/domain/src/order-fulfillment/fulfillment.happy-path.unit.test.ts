import { describe, expect, it } from 'vitest';
import { sagaStepId } from './fulfillment.ids';
import {
  chair,
  given,
  inputs,
  lamp,
  orderId,
  paths,
  paymentId,
  recorded,
  total,
} from './test-support/saga-history';

describe('the order saga, when all goes well', () => {
  it('reserves every line when the order is placed', () => {
    expect(given([]).when(inputs.placed)).toMatchObject({
      status: 'Reserving',
      actions: ['ReserveStock lamp', 'ReserveStock chair'],
    });
  });

  it('tells the order once every line is reserved, not before', () => {
    expect(given([inputs.placed]).when(inputs.reserved(lamp)).actions).toEqual([]);
    expect(
      given([inputs.placed, inputs.reserved(lamp)]).when(inputs.reserved(chair)),
    ).toMatchObject({
      status: 'Reserving',
      actions: ['MarkStockReserved'],
    });
  });

  it('asks for the payment once the order holds the stock, and starts the clock', () => {
    const history = paths.awaitingPayment.slice(0, -1);
    const { status, actions, reaction } = given(history).when(inputs.stockReserved);
    expect(status).toBe('AwaitingPayment');
    expect(actions).toEqual(['authorize', 'timeout at 2026-11-20T10:01:00.000Z']);
    expect(reaction.actions[0]).toEqual({
      kind: 'payment',
      op: 'authorize',
      actionId: sagaStepId(orderId, 'authorize'),
      orderId,
      amount: total,
    });
  });

  it('records an authorization on the order and stops the clock', () => {
    const { status, actions, reaction } = given(paths.awaitingPayment).when(inputs.authorized);
    expect(status).toBe('AwaitingPayment');
    expect(actions).toEqual(['withdraw payment timeout', 'MarkPaymentAuthorized']);
    expect(reaction.actions[1]).toMatchObject({
      command: { data: { orderId, paymentId, amount: total } },
    });
  });

  it('confirms the order once it holds the payment', () => {
    const history = [...paths.awaitingPayment, inputs.authorized];
    expect(given(history).when(inputs.paymentAuthorized)).toMatchObject({
      status: 'Confirming',
      actions: ['withdraw payment timeout', 'ConfirmOrder'],
    });
  });

  it('waits for the admin to ship a confirmed order', () => {
    const history = paths.confirmed.slice(0, -1);
    expect(given(history).when(inputs.confirmed)).toMatchObject({
      status: 'AwaitingShipment',
      actions: [],
    });
  });

  it('captures the payment and commits the stock once the order ships', () => {
    expect(given(paths.confirmed).when(inputs.shipped)).toMatchObject({
      status: 'Fulfilling',
      actions: ['capture', 'CommitReservation lamp', 'CommitReservation chair'],
    });
  });

  it('completes once the capture is recorded and every line committed', () => {
    const shipped = [...paths.confirmed, inputs.shipped];
    expect(given(shipped).when(inputs.captured)).toMatchObject({
      status: 'Fulfilling',
      actions: ['MarkPaymentCaptured'],
    });
    const captured = [...shipped, inputs.captured, inputs.committed(lamp)];
    expect(given(captured).when(inputs.committed(chair))).toMatchObject({
      status: 'Completed',
      actions: [],
    });
    expect(given(paths.completed).state.status).toBe('Completed');
  });

  it('sends the money back through the provider when the admin refunds a completed order', () => {
    const refundId = 'f0f0f0f0-0000-4000-8000-000000000001';
    const { actions, reaction } = given(paths.completed).when(inputs.refunded(refundId, 1_000));
    expect(actions).toEqual(['refund']);
    expect(reaction.actions[0]).toMatchObject({
      paymentId,
      refundId,
      amount: { amountMinor: 1_000 },
    });
  });
});

describe('inputs that do not apply', () => {
  it('change nothing and ask for nothing', () => {
    expect(given([]).when(inputs.reserved(lamp))).toMatchObject({ status: 'New', actions: [] });
    expect(given([inputs.placed]).when(inputs.shipped)).toMatchObject({ actions: [] });
    expect(given(paths.confirmed).when(inputs.timedOut)).toMatchObject({ actions: [] });
    expect(given(paths.completed).when(inputs.cancelled('too late'))).toMatchObject({
      status: 'Completed',
      actions: [],
    });
  });

  it('ignore a reservation of another order', () => {
    const foreign = recorded({
      type: 'StockReserved',
      data: { orderId: 'f0f0f0f0-0000-4000-8000-0000000000ff', productId: lamp, quantity: 3 },
    });
    expect(given([inputs.placed]).when(foreign)).toMatchObject({
      status: 'Reserving',
      actions: [],
    });
    expect(given([inputs.placed, foreign]).when(inputs.reserved(chair)).actions).toEqual([]);
  });
});
