import { demoPaymentCounts } from '@shop/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSettled } from './test-support/invariants';
import { openSagaWorld, type SagaWorld } from './test-support/saga-world';
import { replayWholeLog, sagaSnapshot } from './test-support/saga-snapshot';

let world: SagaWorld;

beforeAll(async () => {
  world = await openSagaWorld('shop_saga_replay');
  await world.startSaga();
});

afterAll(async () => {
  await world?.close();
});

describe('the order saga fed every event again', () => {
  it('changes nothing and sends nothing twice, mid-way or at the end of its orders', async () => {
    const { shop, pool } = world;
    const lamp = await shop.product(4, 'Lamp');
    const paid = await shop.checkout([{ product: lamp, quantity: 1 }], '4242424242424242');
    const declined = await shop.checkout([{ product: lamp, quantity: 1 }], '4000000000000002');
    const short = await shop.checkout([{ product: lamp, quantity: 9 }], '4242424242424242');
    await world.waitForSaga(paid.orderId, ['AwaitingShipment']);
    await world.waitForSaga(declined.orderId, ['Cancelled']);
    await world.waitForSaga(short.orderId, ['Cancelled']);

    const before = await sagaSnapshot(pool);
    await replayWholeLog(pool);
    expect(await sagaSnapshot(pool)).toEqual(before);

    await shop.ship(paid.orderId);
    await world.waitForSaga(paid.orderId, ['Completed']);
    await shop.deliver(paid.orderId);
    const completed = await sagaSnapshot(pool);
    await replayWholeLog(pool);
    expect(await sagaSnapshot(pool)).toEqual(completed);

    expect(await demoPaymentCounts(pool, paid.orderId)).toMatchObject({
      authorizations: 1,
      captures: 1,
    });
    for (const { orderId } of [paid, declined, short]) {
      await expectSettled(shop, pool, orderId, [lamp]);
    }
  });
});
