import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoPaymentCounts } from '@shop/payments';
import { expectSettled } from './test-support/invariants';
import { openSagaWorld, type SagaWorld } from './test-support/saga-world';

const approves = '4242 4242 4242 4242';
const declines = '4000 0000 0000 0002';
const neverAnswers = '4000 0000 0000 0119';
const failsTwice = '4000 0000 0000 9995';

let world: SagaWorld;

/** The saga is Cancelled once it has sent the last undo; the order records it a moment later. */
async function expectOrderCancelledWithoutPayment(orderId: string): Promise<void> {
  await vi.waitFor(
    async () =>
      expect(await world.shop.order(orderId)).toMatchObject({ status: 'Cancelled', payment: null }),
    { timeout: 15_000 },
  );
}

beforeAll(async () => {
  world = await openSagaWorld('shop_saga');
  await world.startSaga();
});

afterAll(async () => {
  await world?.close();
});

const counts = (orderId: string) => demoPaymentCounts(world.pool, orderId);

describe('the order saga on Postgres', () => {
  it('takes a paid order through shipping to completion, charging once', async () => {
    const { shop } = world;
    const lamp = await shop.product(5, 'Lamp');
    const chair = await shop.product(2, 'Chair');
    const { orderId, correlationId } = await shop.checkout(
      [
        { product: lamp, quantity: 3 },
        { product: chair, quantity: 1 },
      ],
      approves,
    );
    await world.waitForSaga(orderId, ['AwaitingShipment']);
    await vi.waitFor(async () => expect((await shop.order(orderId)).status).toBe('Confirmed'), {
      timeout: 15_000,
    });
    await shop.ship(orderId);
    await world.waitForSaga(orderId, ['Completed']);
    await shop.deliver(orderId);

    // The saga is Completed once it has sent the capture; the order records it a moment later.
    await vi.waitFor(
      async () =>
        expect(await shop.order(orderId)).toMatchObject({
          status: 'Delivered',
          payment: { captured: true },
        }),
      { timeout: 15_000 },
    );
    expect(await counts(orderId)).toMatchObject({ authorizations: 1, captures: 1 });
    expect((await shop.inventoryState(lamp.productId)).onHand).toBe(2);
    await expectSettled(shop, world.pool, orderId, [lamp, chair]);

    // Every event the saga caused carries the checkout's correlation and names the event before it.
    const events = await shop.orderEvents(orderId);
    const byType = (type: string) => events.find((event) => event.type === type);
    const bySaga = events.filter((event) => event.metadata.actor === 'system:order-saga');
    expect(bySaga.map((event) => event.type)).toEqual([
      'OrderStockReserved',
      'OrderPaymentAuthorized',
      'OrderConfirmed',
      'OrderPaymentCaptured',
    ]);
    expect(bySaga.every((event) => event.metadata.correlationId === correlationId)).toBe(true);
    expect(byType('OrderConfirmed')?.metadata.causationId).toBe(
      byType('OrderPaymentAuthorized')?.eventId,
    );
    expect(byType('OrderPaymentAuthorized')?.metadata.causationId).toBe(
      byType('OrderStockReserved')?.eventId,
    );
    expect(byType('OrderPaymentCaptured')?.metadata.causationId).toBe(
      byType('OrderShipped')?.eventId,
    );
  });

  it('cancels an order it cannot stock, telling the shopper why, and releases the rest', async () => {
    const { shop } = world;
    const lamp = await shop.product(1, 'Lamp');
    const chair = await shop.product(4, 'Chair');
    const { orderId } = await shop.checkout(
      [
        { product: lamp, quantity: 3 },
        { product: chair, quantity: 2 },
      ],
      approves,
    );
    await world.waitForSaga(orderId, ['Cancelled']);
    const events = await shop.orderEvents(orderId);
    expect(events.find((event) => event.type === 'OrderCancelled')?.data).toMatchObject({
      reason: 'Stock could not be reserved: Lamp: only 1 left, 3 ordered',
    });
    expect(await counts(orderId)).toMatchObject({ authorizations: 0 });
    await expectSettled(shop, world.pool, orderId, [lamp, chair]);
  });

  it('releases the stock of an order whose card is declined', async () => {
    const { shop } = world;
    const lamp = await shop.product(3);
    const { orderId } = await shop.checkout([{ product: lamp, quantity: 2 }], declines);
    await world.waitForSaga(orderId, ['Cancelled']);
    await expectOrderCancelledWithoutPayment(orderId);
    const events = await shop.orderEvents(orderId);
    expect(events.map((event) => event.type)).toContain('OrderPaymentDeclined');
    expect(events.find((event) => event.type === 'OrderCancelled')?.data).toMatchObject({
      reason: 'Payment declined: Your card was declined',
    });
    await expectSettled(shop, world.pool, orderId, [lamp]);
  });

  it('times out a payment that never answers: voids the call, releases, cancels', async () => {
    const { shop } = world;
    const lamp = await shop.product(3);
    const { orderId } = await shop.checkout([{ product: lamp, quantity: 1 }], neverAnswers);
    await world.waitForSaga(orderId, ['Cancelled']);
    const events = await shop.orderEvents(orderId);
    expect(events.find((event) => event.type === 'OrderCancelled')?.data).toMatchObject({
      reason: 'Payment was not confirmed in time',
    });
    expect(await counts(orderId)).toMatchObject({ authorizations: 0, voids: 1 });
    await expectSettled(shop, world.pool, orderId, [lamp]);
  });

  it('retries a transient failure with back-off until the payment goes through', async () => {
    const { shop } = world;
    const lamp = await shop.product(3);
    const { orderId } = await shop.checkout([{ product: lamp, quantity: 1 }], failsTwice);
    await world.waitForSaga(orderId, ['AwaitingShipment']);
    expect(await counts(orderId)).toMatchObject({ authorizations: 1, authorizeAttempts: 3 });
    await shop.ship(orderId);
    await world.waitForSaga(orderId, ['Completed']);
    await shop.deliver(orderId);
    await expectSettled(shop, world.pool, orderId, [lamp]);
  });

  it('undoes a confirmed order the admin cancels: releases the stock, voids the payment', async () => {
    const { shop } = world;
    const lamp = await shop.product(3);
    const { orderId } = await shop.checkout([{ product: lamp, quantity: 2 }], approves);
    await world.waitForSaga(orderId, ['AwaitingShipment']);
    await shop.cancel(orderId, 'The shopper changed their mind');
    await world.waitForSaga(orderId, ['Cancelled']);
    await expectOrderCancelledWithoutPayment(orderId);
    await vi.waitFor(
      async () =>
        expect((await shop.orderEvents(orderId)).map((event) => event.type)).toContain(
          'OrderPaymentVoided',
        ),
      { timeout: 15_000 },
    );
    expect(await counts(orderId)).toMatchObject({ authorizations: 1, captures: 0, voids: 1 });
    await expectSettled(shop, world.pool, orderId, [lamp]);
  });
});
