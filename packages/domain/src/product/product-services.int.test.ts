import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext, CommandHandlerDeps } from '../application/handle-command';
import { PostgresEventStore } from '../event-store/postgres-event-store';
import { testLogger, testPool } from '../event-store/test-support/fixtures';
import {
  addProduct,
  describeProduct,
  discontinueProduct,
  productStreamId,
  renameProduct,
  repriceProduct,
  setProductCategory,
  setProductTags,
} from './index';

let database: TestDatabase;
let pool: pg.Pool;
let store: PostgresEventStore;
let deps: CommandHandlerDeps;

beforeAll(async () => {
  database = await createTestDatabase();
  pool = testPool(database.connectionString);
  store = new PostgresEventStore(pool, testLogger());
  deps = { eventStore: store, logger: testLogger() };
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'admin',
});

async function newLamp(): Promise<string> {
  const added = await addProduct(deps, { name: 'Lamp', price: '34.50' }, context());
  if (!added.ok) throw new Error(added.error.message);
  return added.value.productId;
}

const stored = async (productId: string) =>
  (await store.readStream(productStreamId(productId))).map(({ type, schemaVersion, data }) => ({
    type,
    schemaVersion,
    data,
  }));

describe('product application services', () => {
  it('turn form input into events, in the current version', async () => {
    const productId = await newLamp();
    const input = (fields: Record<string, unknown>) => ({ productId, ...fields });

    const results = [
      await renameProduct(deps, input({ name: ' Walnut lamp ' }), context()),
      await describeProduct(deps, input({ description: 'Warm light' }), context()),
      await setProductCategory(deps, input({ category: 'Lighting' }), context()),
      await setProductTags(deps, input({ tags: 'Gift, walnut, gift' }), context()),
      await repriceProduct(deps, input({ price: '29.90' }), context()),
      await discontinueProduct(deps, input({ reason: ' ' }), context()),
    ];

    expect(results.map((result) => result.ok && result.value.streamVersion)).toEqual([
      2, 3, 4, 5, 6, 7,
    ]);
    expect(await stored(productId)).toEqual([
      {
        type: 'ProductAdded',
        schemaVersion: 3,
        data: {
          productId,
          name: 'Lamp',
          description: '',
          price: { amountMinor: 3_450, currency: 'EUR' },
          category: 'uncategorised',
        },
      },
      { type: 'ProductRenamed', schemaVersion: 1, data: { productId, name: 'Walnut lamp' } },
      {
        type: 'ProductDescribed',
        schemaVersion: 1,
        data: { productId, description: 'Warm light' },
      },
      { type: 'ProductCategorised', schemaVersion: 1, data: { productId, category: 'lighting' } },
      { type: 'ProductTagsSet', schemaVersion: 1, data: { productId, tags: ['gift', 'walnut'] } },
      {
        type: 'ProductRepriced',
        schemaVersion: 1,
        data: { productId, price: { amountMinor: 2_990, currency: 'EUR' } },
      },
      { type: 'ProductDiscontinued', schemaVersion: 1, data: { productId } },
    ]);
  });

  it('answer a change that changes nothing with no position, storing nothing', async () => {
    const productId = await newLamp();
    const result = await renameProduct(deps, { productId, name: 'Lamp' }, context());
    expect(result).toEqual({ ok: true, value: { position: null, streamVersion: 1 } });
    expect(await stored(productId)).toHaveLength(1);
  });

  it('return typed failures: invalid input, a broken rule, an unknown product', async () => {
    const productId = await newLamp();

    const invalid = await repriceProduct(deps, { productId, price: 'cheap' }, context());
    const otherCurrency = await repriceProduct(
      deps,
      { productId, price: '30', currency: 'USD' },
      context(),
    );
    const unknown = await renameProduct(deps, { productId: randomUUID(), name: 'X' }, context());

    expect(invalid.ok || invalid.error).toEqual({
      kind: 'ValidationFailed',
      message: 'Please correct the highlighted fields.',
      fieldErrors: { price: ['Price must be a number such as 12.50'] },
    });
    expect(otherCurrency.ok || otherCurrency.error).toMatchObject({
      kind: 'DomainError',
      code: 'PriceCurrencyMismatch',
      message: 'Lamp is priced in EUR; a new price must be in EUR too, not USD.',
    });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'ProductNotFound' });
    expect(await stored(productId)).toHaveLength(1);
  });
});
