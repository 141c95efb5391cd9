import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPaymentCounts } from './demo-counts';
import { DemoPaymentGateway } from './demo-payment-gateway';

let database: TestDatabase;
let pool: pg.Pool;
let gateway: DemoPaymentGateway;

beforeAll(async () => {
  database = await createTestDatabase('shop_payments');
  pool = new pg.Pool({ connectionString: database.connectionString, max: 8 });
  pool.on('error', () => undefined);
  gateway = new DemoPaymentGateway(pool);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const amount = { amountMinor: 5_000, currency: 'EUR' };
const card = (behaviour: string) => `demo_card_${behaviour}`;

function order(behaviour = 'approves') {
  const orderId = randomUUID();
  const authorizationKey = randomUUID();
  return {
    orderId,
    authorizationKey,
    authorize: () =>
      gateway.authorize({
        idempotencyKey: authorizationKey,
        orderId,
        amount,
        cardToken: card(behaviour),
      }),
    counts: () => demoPaymentCounts(pool, orderId),
  };
}

describe('the demo payment gateway', () => {
  it('authorizes once per key, however often or concurrently it is asked', async () => {
    const { authorize, counts } = order();
    const answers = await Promise.all(Array.from({ length: 8 }, authorize));
    const [first] = answers;
    expect(first).toMatchObject({ outcome: 'authorized' });
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await counts()).toMatchObject({ authorizations: 1, authorizeAttempts: 1 });
  });

  it('declines the declining card, and says so again for the same key', async () => {
    const { authorize, counts } = order('declines');
    expect(await authorize()).toEqual({ outcome: 'declined', reason: 'Your card was declined' });
    expect(await authorize()).toEqual({ outcome: 'declined', reason: 'Your card was declined' });
    expect(await counts()).toMatchObject({ authorizations: 0 });
  });

  it('fails the flaky card twice, then approves it', async () => {
    const { authorize, counts } = order('fails-twice');
    expect((await authorize()).outcome).toBe('transient');
    expect((await authorize()).outcome).toBe('transient');
    expect((await authorize()).outcome).toBe('authorized');
    expect(await authorize()).toMatchObject({ outcome: 'authorized' });
    expect(await counts()).toMatchObject({ authorizations: 1, authorizeAttempts: 3 });
  });

  it('never answers the silent card; a void stops that authorization for good', async () => {
    const { orderId, authorizationKey, counts } = order('never-answers');
    const request = {
      idempotencyKey: authorizationKey,
      orderId,
      amount,
      cardToken: card('never-answers'),
    };
    await expect(
      gateway.authorize(request, { signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow();
    const voided = await gateway.void({
      idempotencyKey: randomUUID(),
      orderId,
      authorizationKey,
      paymentId: null,
    });
    expect(voided).toEqual({ outcome: 'voided', paymentId: null });
    expect(await gateway.authorize(request)).toEqual({
      outcome: 'declined',
      reason: 'Voided before it was answered',
    });
    expect(await counts()).toMatchObject({ authorizations: 0, voids: 1 });
  });

  it('refuses an authorization under a key voided before it was asked', async () => {
    const { orderId, authorizationKey, authorize } = order();
    await gateway.void({
      idempotencyKey: randomUUID(),
      orderId,
      authorizationKey,
      paymentId: null,
    });
    expect(await authorize()).toEqual({
      outcome: 'declined',
      reason: 'The authorization was voided',
    });
  });

  it('captures once, refuses a second capture under another key, and refunds what was captured', async () => {
    const { orderId, authorize, counts } = order();
    const authorized = await authorize();
    if (authorized.outcome !== 'authorized') throw new Error('expected an authorization');
    const { paymentId } = authorized;
    const captureKey = randomUUID();
    const capture = (idempotencyKey: string) =>
      gateway.capture({ idempotencyKey, orderId, paymentId, amount });
    expect(await capture(captureKey)).toEqual({ outcome: 'captured', paymentId });
    expect(await capture(captureKey)).toEqual({ outcome: 'captured', paymentId });
    expect(await capture(randomUUID())).toEqual({
      outcome: 'rejected',
      reason: 'Already captured',
    });

    const refund = (amountMinor: number) =>
      gateway.refund({
        idempotencyKey: randomUUID(),
        orderId,
        paymentId,
        amount: { amountMinor, currency: 'EUR' },
      });
    expect(await refund(3_000)).toEqual({ outcome: 'refunded', paymentId });
    expect(await refund(3_000)).toEqual({
      outcome: 'rejected',
      reason: 'More than is left to refund',
    });
    expect(await counts()).toMatchObject({ authorizations: 1, captures: 1, refunds: 1 });
  });

  it('voids an authorization, after which it cannot be captured', async () => {
    const { orderId, authorizationKey, authorize } = order();
    const authorized = await authorize();
    if (authorized.outcome !== 'authorized') throw new Error('expected an authorization');
    const { paymentId } = authorized;
    const voidKey = randomUUID();
    const voidIt = () =>
      gateway.void({ idempotencyKey: voidKey, orderId, authorizationKey, paymentId });
    expect(await voidIt()).toEqual({ outcome: 'voided', paymentId });
    expect(await voidIt()).toEqual({ outcome: 'voided', paymentId });
    expect(
      await gateway.capture({ idempotencyKey: randomUUID(), orderId, paymentId, amount }),
    ).toEqual({
      outcome: 'rejected',
      reason: 'The authorization was voided',
    });
  });
});
