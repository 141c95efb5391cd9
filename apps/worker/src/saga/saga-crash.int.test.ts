import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { demoPaymentCounts } from '@shop/payments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectOutput,
  exitCode,
  spawnWorkerScript,
  waitFor,
} from '../test-support/run-worker-script';
import { expectSettled } from './test-support/invariants';
import { openSagaWorld, type SagaWorld } from './test-support/saga-world';
import type { Product } from './test-support/shop';

/*
 * The worker process, killed with SIGKILL at several points of several checkouts and restarted:
 * every order must still end in a terminal state with its stock accounted for and no payment
 * authorized or captured twice. Kill points are chosen by waiting for a saga state; 5 kills.
 */

const suffix = randomUUID().slice(0, 8);
const streamName = `saga_crash_${suffix}`;
const paymentTimeoutMs = 8_000;
let world: SagaWorld;
let worker: ChildProcess | undefined;
let output: { text(): string } = { text: () => '' };

const workerEnv = () => ({
  DATABASE_URL: world.database.connectionString,
  NATS_URL: 'nats://127.0.0.1:4222',
  EVENTS_STREAM: streamName,
  EVENTS_SUBJECT_PREFIX: `test.${suffix}`,
  // Long enough that a restart of the worker on a loaded machine never runs into it by accident;
  // the silent card's order is the one meant to reach it.
  SAGA_PAYMENT_TIMEOUT_MS: String(paymentTimeoutMs),
  SAGA_PAYMENT_CALL_TIMEOUT_MS: '400',
  SAGA_ACTION_LEASE_MS: '1500',
  SAGA_MAX_ATTEMPTS: '12',
  SAGA_RETRY_BASE_MS: '50',
  SAGA_POLL_MS: '100',
});

async function startWorker(): Promise<void> {
  worker = spawnWorkerScript('src/main.ts', ['--only', 'saga'], workerEnv());
  output = collectOutput(worker);
  await waitFor(() => (output.text().includes('worker started') ? true : undefined), {
    what: 'the worker to start',
  });
}

async function killWorker(): Promise<void> {
  const running = worker;
  if (!running) return;
  running.kill('SIGKILL');
  await exitCode(running);
  worker = undefined;
}

/** Polls fast, so that the kill lands as soon as the saga reaches the state. */
async function when(orderId: string, statuses: readonly string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!statuses.includes((await world.sagaStatus(orderId)) ?? '')) {
    if (Date.now() > deadline) {
      const { rows } = await world.pool.query<{ step: string; status: string }>(
        'SELECT step, status FROM saga_actions WHERE order_id = $1 ORDER BY created_at',
        [orderId],
      );
      const steps = rows.map((row) => `${row.step}: ${row.status}`).join(', ');
      throw new Error(`${orderId} never reached ${statuses.join('/')} (actions: ${steps})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeAll(async () => {
  world = await openSagaWorld('shop_saga_crash');
});

afterAll(async () => {
  await killWorker();
  const nc = await connect({ servers: 'nats://127.0.0.1:4222' });
  await (await jetstreamManager(nc)).streams.delete(streamName).catch(() => undefined);
  await nc.close();
  await world?.close();
});

describe('the order saga killed and restarted', () => {
  it(
    'ends every checkout cleanly, whatever step the worker died at',
    { timeout: 180_000 },
    async () => {
      const { shop, pool } = world;
      const lamp = await shop.product(20, 'Lamp');
      const chair = await shop.product(1, 'Chair');
      const products: Product[] = [lamp, chair];
      const line = (product: Product, quantity = 1) => ({ product, quantity });

      // Placed while no worker runs: the saga finds them in the log when it starts.
      const happy = await shop.checkout([line(lamp, 2), line(chair)], '4242424242424242');
      const flaky = await shop.checkout([line(lamp)], '4000000000009995');
      const declined = await shop.checkout([line(lamp)], '4000000000000002');
      const short = await shop.checkout([line(lamp), line(chair, 5)], '4242424242424242');
      const regretted = await shop.checkout([line(lamp, 3)], '4242424242424242');

      await startWorker();
      await when(happy.orderId, ['Reserving', 'AwaitingPayment']);
      await killWorker(); // 1: reservations in flight

      await startWorker();
      await when(flaky.orderId, ['AwaitingPayment']);
      await killWorker(); // 2: a payment failing transiently, between retries

      await startWorker();
      for (const { orderId } of [happy, flaky, regretted])
        await when(orderId, ['AwaitingShipment']);
      const silent = await shop.checkout([line(lamp)], '4000000000000119');
      await when(silent.orderId, ['AwaitingPayment']);
      await killWorker(); // 3: a call that never answers in flight, its deadline pending
      // While the worker is down the admin acts, and the deadline passes.
      await shop.ship(happy.orderId);
      await shop.ship(flaky.orderId);
      await shop.cancel(regretted.orderId, 'The shopper changed their mind');
      await new Promise((resolve) => setTimeout(resolve, paymentTimeoutMs + 500));

      await startWorker();
      await when(happy.orderId, ['Fulfilling', 'Completed']);
      await killWorker(); // 4: capture and commits in flight

      await startWorker();
      await when(silent.orderId, ['CancelRequested', 'Compensating', 'Cancelled']);
      await killWorker(); // 5: the timed-out order being undone

      await startWorker();
      for (const { orderId } of [happy, flaky]) await when(orderId, ['Completed']);
      for (const { orderId } of [silent, declined, short, regretted])
        await when(orderId, ['Cancelled']);
      await shop.deliver(happy.orderId);
      await shop.deliver(flaky.orderId);

      for (const { orderId } of [happy, flaky, silent, declined, short, regretted]) {
        await expectSettled(shop, pool, orderId, products);
        const cancellations = (await shop.orderEvents(orderId)).filter(
          (e) => e.type === 'OrderCancelled',
        );
        expect(cancellations.length).toBeLessThanOrEqual(1);
      }
      const counts = (orderId: string) => demoPaymentCounts(pool, orderId);
      expect(await counts(happy.orderId)).toMatchObject({ authorizations: 1, captures: 1 });
      expect(await counts(flaky.orderId)).toMatchObject({ authorizations: 1, captures: 1 });
      expect(await counts(silent.orderId)).toMatchObject({ authorizations: 0, voids: 1 });
      expect(await counts(regretted.orderId)).toMatchObject({
        authorizations: 1,
        captures: 0,
        voids: 1,
      });
      const silentEvents = await shop.orderEvents(silent.orderId);
      expect(silentEvents.find((e) => e.type === 'OrderCancelled')?.data).toMatchObject({
        reason: 'Payment was not confirmed in time',
      });
      const { rows } = await pool.query(
        `SELECT status FROM saga_actions WHERE order_id = $1 AND kind = 'schedule'`,
        [silent.orderId],
      );
      expect(rows).toEqual([{ status: 'done' }]);

      worker?.kill('SIGTERM');
      expect(await exitCode(worker as ChildProcess)).toBe(0);
      expect(output.text()).toContain('saga stopped');
      worker = undefined;
    },
  );
});
