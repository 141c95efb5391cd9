import { DemoPaymentGateway, type PaymentGateway } from '@shop/payments';
import { createPrismaClient, type ReadModelsPrisma } from '@shop/read-models';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../test-support/run-worker-script';
import { listFailedSagaActions, retrySagaAction } from '@shop/read-models/read-side';
import { expectSettled } from './test-support/invariants';
import { openSagaWorld, type SagaWorld } from './test-support/saga-world';

let world: SagaWorld;
let prisma: ReadModelsPrisma;
let captureDown = true;

/** The demo provider, with captures failing transiently while `captureDown` holds. */
function flakyCaptures(pool: pg.Pool): PaymentGateway {
  const demo = new DemoPaymentGateway(pool);
  return {
    provider: demo.provider,
    authorize: (request, options) => demo.authorize(request, options),
    capture: async (request) =>
      captureDown
        ? { outcome: 'transient', reason: 'Capture service down' }
        : demo.capture(request),
    void: (request) => demo.void(request),
    refund: (request) => demo.refund(request),
  };
}

beforeAll(async () => {
  world = await openSagaWorld('shop_saga_dead_letters');
  prisma = createPrismaClient(world.database.connectionString);
  await world.startSaga({ gateway: flakyCaptures });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await world?.close();
});

describe('a saga step that keeps failing', () => {
  it('is recorded as failed with its error after its attempts, and completes once retried', async () => {
    const { shop, pool } = world;
    const lamp = await shop.product(2);
    const { orderId, correlationId } = await shop.checkout(
      [{ product: lamp, quantity: 1 }],
      '4242424242424242',
    );
    await world.waitForSaga(orderId, ['AwaitingShipment']);
    await shop.ship(orderId);

    const failed = await waitFor(
      async () => {
        const list = await listFailedSagaActions(prisma);
        return list[0];
      },
      { what: 'the capture to be given up' },
    );
    expect(failed).toMatchObject({
      orderId,
      correlationId,
      step: 'payment capture',
      attempts: 6,
      error: 'Gave up after 6 attempts: Capture service down',
    });
    expect(await world.sagaStatus(orderId)).toBe('Fulfilling');

    captureDown = false;
    expect(await retrySagaAction(prisma, failed.actionId)).toEqual({
      ok: true,
      value: { actionId: failed.actionId },
    });
    expect(await retrySagaAction(prisma, failed.actionId)).toMatchObject({
      ok: false,
      error: { kind: 'NotFailed' },
    });
    await world.waitForSaga(orderId, ['Completed']);
    expect(await listFailedSagaActions(prisma)).toEqual([]);
    await shop.deliver(orderId);
    await expectSettled(shop, pool, orderId, [lamp]);
  });
});
