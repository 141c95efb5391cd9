import { randomUUID } from 'node:crypto';
import { productStreamId } from '@shop/domain';
import { catalogProjection, catalogProjectionName } from '@shop/read-models';
import type { RebuildProgress } from '@shop/read-models/read-side';
import { createRuntimeHarness, type RuntimeHarness } from '@shop/read-models/testing';
import type { inferRouterInputs } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../auth/session-token';
import { routerCallerOf, type RouterCaller } from '../../test-support/router-caller';
import type { projectionsRouter } from './_router';

vi.mock('server-only', () => ({}));

const admin: Session = { role: 'admin', email: 'admin@shop.example' };
const shopper: Session = {
  role: 'shopper',
  customerId: randomUUID(),
  email: 'ada@shop.example',
  name: 'Ada',
};

let harness: RuntimeHarness;
let asAdmin: RouterCaller;
const callerAs = (session: Session | null) => routerCallerOf(harness.prisma)(session);

beforeAll(async () => {
  harness = await createRuntimeHarness();
  await harness.start([catalogProjection]);
  asAdmin = callerAs(admin);
});

afterAll(async () => {
  await harness?.close();
});

/** A ProductAdded as the event store holds it (schema v1); `data` replaces its payload. */
async function addProduct(name: string, data?: unknown) {
  const productId = randomUUID();
  const event = await harness.append(
    productStreamId(productId),
    'ProductAdded',
    data ?? { productId, name, description: 'Console test', price: '12.50' },
  );
  return { productId, event };
}

async function failedLetterOf(streamId: string) {
  return vi.waitFor(
    async () => {
      const page = await asAdmin.projections.deadLetters({
        projection: catalogProjectionName,
        status: 'failed',
      });
      const letter = page.letters.find((candidate) => candidate.streamId === streamId);
      if (!letter) throw new Error(`no dead letter yet for ${streamId}`);
      return letter;
    },
    { timeout: 15_000, interval: 100 },
  );
}

async function listedNames(): Promise<string[]> {
  const { products } = await callerAs(null).catalog.list({ pageSize: 100 });
  return products.map((product) => product.name);
}

const catalogHealth = async () =>
  (await asAdmin.projections.health()).find((h) => h.projection === catalogProjectionName);

type ProcedureName = keyof inferRouterInputs<typeof projectionsRouter>;

/** One call of every procedure, with valid input: a new procedure must be added here. */
const everyProcedure = {
  health: (caller) => caller.projections.health(),
  deadLetters: (caller) => caller.projections.deadLetters({}),
  retryDeadLetter: (caller) => caller.projections.retryDeadLetter({ id: '1' }),
  retryDeadLetters: (caller) => caller.projections.retryDeadLetters({ projection: 'catalog' }),
  discardDeadLetter: (caller) => caller.projections.discardDeadLetter({ id: '1' }),
  requestRebuild: (caller) => caller.projections.requestRebuild({ projection: 'catalog' }),
  rebuildProgress: (caller) => caller.projections.rebuildProgress({ projection: 'catalog' }),
  failedSagaActions: (caller) => caller.projections.failedSagaActions({}),
  retrySagaAction: (caller) => caller.projections.retrySagaAction({ actionId: randomUUID() }),
} satisfies Record<ProcedureName, (caller: RouterCaller) => Promise<unknown>>;

describe('who may use the console', () => {
  it('refuses anonymous visitors and shoppers on every procedure, and records nothing', async () => {
    await vi.waitFor(async () => expect(await catalogHealth()).toBeDefined(), { timeout: 10_000 });
    for (const session of [null, shopper]) {
      for (const [name, call] of Object.entries(everyProcedure)) {
        await expect(
          call(callerAs(session)),
          `${name} as ${session?.role ?? 'anonymous'}`,
        ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
      }
    }
    expect(await asAdmin.projections.rebuildProgress({ projection: 'catalog' })).toBeNull();
  });
});

describe('bad input', () => {
  it('is refused with a message before anything runs', async () => {
    const refusals = [
      [asAdmin.projections.retryDeadLetter({ id: '-1' }), /dead letter id is a positive integer/],
      [asAdmin.projections.discardDeadLetter({ id: '1 OR 1=1' }), /positive integer/],
      [asAdmin.projections.requestRebuild({ projection: '' }), /Name a projection/],
      [asAdmin.projections.requestRebuild({ projection: "catalog'; --" }), /letters, digits/],
      [asAdmin.projections.retrySagaAction({ actionId: 'action-7' }), /saga action id is a UUID/],
      [asAdmin.projections.deadLetters({ limit: 10_000 }), /100/],
    ] as const;
    for (const [call, message] of refusals) {
      await expect(call).rejects.toMatchObject({ code: 'BAD_REQUEST', message });
    }
    expect(await asAdmin.projections.rebuildProgress({ projection: 'catalog' })).toBeNull();
  });
});

describe('dead letters', () => {
  it('lists a poison event with its error, and discards it', async () => {
    const { event } = await addProduct('', { productId: randomUUID() });
    const letter = await failedLetterOf(event.streamId);
    expect(letter).toMatchObject({
      projection: catalogProjectionName,
      eventType: 'ProductAdded',
      eventId: event.eventId,
      position: `${event.transactionId}:${event.globalPosition}`,
      retryable: true,
      error: expect.stringContaining('MalformedEvent'),
    });
    expect(letter).not.toHaveProperty('event');
    const failing = await catalogHealth();
    expect(failing).toMatchObject({ status: 'failed', deadLetters: { failed: 1 } });

    // Retrying without a fix fails again, and says so.
    expect(await asAdmin.projections.retryDeadLetter({ id: letter.id })).toEqual({
      applied: 0,
      failed: { id: letter.id, error: expect.stringContaining('MalformedEvent') },
      remaining: 1,
    });
    expect((await failedLetterOf(event.streamId)).attempts).toBe(letter.attempts + 1);

    expect(await asAdmin.projections.discardDeadLetter({ id: letter.id })).toEqual({
      discarded: letter.id,
      retried: null,
    });
    await expect(asAdmin.projections.discardDeadLetter({ id: letter.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `No dead letter ${letter.id}. It was retried or discarded already.`,
    });
    expect(await catalogHealth()).toMatchObject({ deadLetters: { failed: 0, parked: 0 } });
  });

  it('applies an event once the cause of its failure is fixed, and refuses a second retry', async () => {
    // A constraint the rows break stands for a bug: the fix is dropping it.
    await harness.prisma.$executeRawUnsafe(
      `ALTER TABLE catalog_products ADD CONSTRAINT console_test_bug CHECK (name NOT LIKE 'Cursed%')`,
    );
    const one = await addProduct('Cursed lamp');
    const two = await addProduct('Cursed vase');
    const three = await addProduct('Cursed bowl');
    const letter = await failedLetterOf(one.event.streamId);
    await failedLetterOf(two.event.streamId);
    await failedLetterOf(three.event.streamId);
    expect(await asAdmin.projections.retryDeadLetter({ id: letter.id })).toMatchObject({
      applied: 0,
      failed: { error: expect.stringContaining('console_test_bug') },
    });

    await harness.prisma.$executeRawUnsafe(
      'ALTER TABLE catalog_products DROP CONSTRAINT console_test_bug',
    );
    expect(await asAdmin.projections.retryDeadLetter({ id: letter.id })).toEqual({
      applied: 1,
      failed: null,
      remaining: 0,
    });
    await expect(asAdmin.projections.retryDeadLetter({ id: letter.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('retried or discarded already'),
    });
    expect(await listedNames()).toContain('Cursed lamp');

    // The others, all at once.
    expect(
      await asAdmin.projections.retryDeadLetters({ projection: catalogProjectionName }),
    ).toEqual({ streams: 2, applied: 2, stillFailing: 0 });
    expect(await listedNames()).toEqual(expect.arrayContaining(['Cursed vase', 'Cursed bowl']));
    expect(await catalogHealth()).toMatchObject({ deadLetters: { failed: 0 } });
  });
});

describe('rebuild', () => {
  it('refuses an unknown projection and a second rebuild at once', async () => {
    await expect(
      asAdmin.projections.requestRebuild({ projection: 'nonesuch' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No projection named nonesuch has run yet.',
    });
  });

  it('rebuilds the catalog from the event store while the old generation keeps serving', async () => {
    const added = [];
    for (let index = 0; index < 40; index++) added.push(await addProduct(`Jug ${index}`));
    await vi.waitFor(async () => expect(await listedNames()).toContain('Jug 39'), {
      timeout: 15_000,
    });
    const before = (await callerAs(null).catalog.list({})).page.totalItems;

    const { rebuildId } = await asAdmin.projections.requestRebuild({ projection: 'catalog' });
    await expect(
      asAdmin.projections.requestRebuild({ projection: 'catalog' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Projection catalog is already being rebuilt.',
    });

    const samples: RebuildProgress[] = [];
    const servedMeanwhile: number[] = [];
    await vi.waitFor(
      async () => {
        const progress = await asAdmin.projections.rebuildProgress({ projection: 'catalog' });
        if (progress) samples.push(progress);
        servedMeanwhile.push((await callerAs(null).catalog.list({})).page.totalItems);
        expect(progress?.status).toBe('done');
      },
      { timeout: 30_000, interval: 50 },
    );

    expect(samples.every((sample) => sample.id === rebuildId)).toBe(true);
    // It was seen before it finished, and only ever moved forward.
    expect(samples[0]?.status).not.toBe('done');
    const done = samples.map((sample) => sample.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(samples.at(-1)).toMatchObject({ status: 'done', generation: 2, etaSeconds: 0 });
    expect(samples.at(-1)?.done).toBeGreaterThanOrEqual(added.length);
    expect(Math.min(...servedMeanwhile)).toBe(before);
    const health = await catalogHealth();
    expect(health).toMatchObject({ activeGeneration: 2, rebuildingGeneration: null });
    expect(health?.rebuild).toMatchObject({ id: rebuildId, status: 'done' });
    expect((await callerAs(null).catalog.list({})).page.totalItems).toBe(before);
  });
});

describe('failed saga actions', () => {
  it('lists an action the saga gave up on, and puts it back in the queue once', async () => {
    const actionId = randomUUID();
    const orderId = randomUUID();
    const correlationId = randomUUID();
    // The state the saga leaves behind when an action has used up its attempts.
    await harness.prisma.$executeRaw`
      INSERT INTO saga_actions (action_id, order_id, kind, step, action, correlation_id, causation_id,
                                status, due_at, attempts, last_error)
      VALUES (${actionId}::uuid, ${orderId}::uuid, 'payment', 'payment capture', '{}'::jsonb,
              ${correlationId}::uuid, ${correlationId}::uuid, 'failed', now(), 6,
              'Gave up after 6 attempts: Capture service down')`;

    expect(await asAdmin.projections.failedSagaActions({})).toEqual([
      {
        actionId,
        orderId,
        correlationId,
        step: 'payment capture',
        attempts: 6,
        error: 'Gave up after 6 attempts: Capture service down',
        failedAt: expect.any(Date),
      },
    ]);
    expect(await asAdmin.projections.retrySagaAction({ actionId })).toEqual({ actionId });
    await expect(asAdmin.projections.retrySagaAction({ actionId })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('retried already'),
    });
    expect(await asAdmin.projections.failedSagaActions({})).toEqual([]);
    const [queued] = await harness.prisma.$queryRaw<{ status: string; attempts: number }[]>`
      SELECT status, attempts FROM saga_actions WHERE action_id = ${actionId}::uuid`;
    expect(queued).toEqual({ status: 'pending', attempts: 0 });
  });
});
