import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import type { EventStore } from '../event-store/port';
import { testLogger, testPool } from '../event-store/test-support/fixtures';
import { productAggregate, productStreamId, type AddProduct } from '../product/index';
import { handleCommand, type CommandContext } from './handle-command';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
const logger = testLogger();

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  store = new PostgresEventStore(pool, logger);
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

/**
 * The real store, except that the first `writers` reads wait for one another: every writer then
 * decides on the same state, so all but one must meet a conflict on their first append.
 */
class RacingEventStore implements EventStore {
  conflicts = 0;
  private reads = 0;
  private releaseReaders: () => void = () => undefined;
  private readonly allRead = new Promise<void>((resolve) => (this.releaseReaders = resolve));

  constructor(
    private readonly inner: EventStore,
    private readonly writers: number,
  ) {}

  async readStream(...args: Parameters<EventStore['readStream']>) {
    const history = await this.inner.readStream(...args);
    this.reads += 1;
    if (this.reads === this.writers) this.releaseReaders();
    if (this.reads <= this.writers) await this.allRead;
    return history;
  }

  async appendToStream(...args: Parameters<EventStore['appendToStream']>) {
    const result = await this.inner.appendToStream(...args);
    if (!result.ok) this.conflicts += 1;
    return result;
  }
}

const addProduct = (productId: string, name: string): AddProduct => ({
  type: 'AddProduct',
  data: { productId, name, description: '', price: { amountMinor: 1_250, currency: 'EUR' } },
});

const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'admin',
});

describe('handleCommand on the Postgres event store', () => {
  it('returns the rule broken as a DomainError value and stores nothing more', async () => {
    const productId = randomUUID();
    const stream = productStreamId(productId);
    const deps = { eventStore: store, logger };
    const first = await handleCommand(
      deps,
      productAggregate,
      stream,
      addProduct(productId, 'Lamp'),
      context(),
    );

    const second = await handleCommand(
      deps,
      productAggregate,
      stream,
      addProduct(productId, 'Lamp'),
      context(),
    );

    expect(first).toEqual({
      ok: true,
      value: { position: expect.any(Object), streamVersion: 1 },
    });
    expect(second).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'DomainError', code: 'ProductAlreadyAdded' }),
    });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('re-decides on fresh state after a conflict, so concurrent writers lose no update', async () => {
    const writers = 6;
    const productId = randomUUID();
    const stream = productStreamId(productId);
    const racing = new RacingEventStore(store, writers);
    const contexts = Array.from({ length: writers }, context);

    const results = await Promise.all(
      contexts.map((ctx, index) =>
        handleCommand(
          { eventStore: racing, logger },
          productAggregate,
          stream,
          addProduct(productId, `Lamp ${index}`),
          ctx,
        ),
      ),
    );

    const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
    expect(winners).toHaveLength(1);
    expect(racing.conflicts).toBe(writers - 1);
    // The losers retried, read the winner's event and were refused by the rule, not by the race.
    const refusals = results.flatMap((result) => (result.ok ? [] : [result.error]));
    expect(refusals).toEqual(
      Array.from({ length: writers - 1 }, () =>
        expect.objectContaining({ kind: 'DomainError', code: 'ProductAlreadyAdded' }),
      ),
    );
    const [winner = -1] = winners;
    const history = await store.readStream(stream);
    expect(history).toHaveLength(1);
    expect(history[0]?.data).toMatchObject({ name: `Lamp ${winner}` });
    expect(history[0]?.metadata.correlationId).toBe(contexts[winner]?.correlationId);
  });

  it('gives up with the ConcurrencyConflict once its attempts are spent', async () => {
    const writers = 3;
    const productId = randomUUID();
    const racing = new RacingEventStore(store, writers);

    const results = await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        handleCommand(
          { eventStore: racing, logger, maxAttempts: 1 },
          productAggregate,
          productStreamId(productId),
          addProduct(productId, `Lamp ${index}`),
          context(),
        ),
      ),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.flatMap((result) => (result.ok ? [] : [result.error.kind]))).toEqual([
      'ConcurrencyConflict',
      'ConcurrencyConflict',
    ]);
  });
});
