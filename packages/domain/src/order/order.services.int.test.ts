import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useCommandTestBed } from '../application/test-support/command-deps';
import { handleCommand } from '../application/handle-command';
import {
  cancelOrder,
  markPaymentAuthorized,
  markStockReserved,
  orderAggregate,
  orderStreamId,
  refundOrder,
  shipOrder,
} from './index';
import { placeOrder, total } from './test-support/order-history';

const bed = useCommandTestBed();

const context = () => ({ commandId: randomUUID(), correlationId: randomUUID(), actor: 'admin' });

describe('order services on the Postgres event store', () => {
  it('takes an order through payment, cancellation and a refund typed in a form', async () => {
    const orderId = randomUUID();
    const placed = await handleCommand(
      bed().deps,
      orderAggregate,
      orderStreamId(orderId),
      { ...placeOrder, data: { ...placeOrder.data, orderId } },
      context(),
    );
    expect(placed.ok).toBe(true);

    const steps = [
      await markStockReserved(bed().deps, { orderId }, context()),
      await markStockReserved(bed().deps, { orderId }, context()),
      await markPaymentAuthorized(
        bed().deps,
        { orderId, paymentId: 'pay_1', amount: total },
        context(),
      ),
      await cancelOrder(bed().deps, { orderId, reason: 'Changed my mind' }, context()),
      await refundOrder(
        bed().deps,
        { orderId, refundId: randomUUID(), amount: '30', reason: 'Cancelled' },
        context(),
      ),
    ];

    expect(steps.map((step) => step.ok)).toEqual([true, true, true, true, true]);
    const history = await bed().deps.eventStore.readStream(orderStreamId(orderId));
    expect(history.map((event) => event.type)).toEqual([
      'OrderPlaced',
      'OrderStockReserved',
      'OrderPaymentAuthorized',
      'OrderCancelled',
      'OrderRefunded',
    ]);
    expect(history.at(-1)?.data).toMatchObject({ amount: { amountMinor: 3_000, currency: 'EUR' } });
  });

  it('reports an illegal transition with the status, and bad input by field', async () => {
    const orderId = randomUUID();
    await handleCommand(
      bed().deps,
      orderAggregate,
      orderStreamId(orderId),
      { ...placeOrder, data: { ...placeOrder.data, orderId } },
      context(),
    );

    const ship = await shipOrder(
      bed().deps,
      { orderId, carrier: 'DHL', trackingNumber: 'JD1' },
      context(),
    );
    const malformed = await shipOrder(bed().deps, { orderId, carrier: '' }, context());

    expect(ship).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'IllegalOrderTransition', status: 'Placed' }),
    });
    expect(malformed).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'ValidationFailed',
        fieldErrors: {
          carrier: ['Carrier is required'],
          trackingNumber: ['Tracking number must be text'],
        },
      }),
    });
  });
});
