import { PostgresEventStore } from '@shop/domain/event-store';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  adminOrdersProjection,
  cartProjection,
  catalogProjection,
  customerOrdersProjection,
  inventoryLevelsProjection,
  orderHistoryProjection,
  postgresSearchProjection,
  productDetailProjection,
  type PostgresProjection,
} from '../index';
import { postgresReadModels } from '../postgres-read-models';
import { dumpReadModels, type ReadModelTables } from '../test-support/read-model-dump';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';
import { writeShopHistory } from '../test-support/shop-history';
import { activeGeneration } from './active-generation';
import { listDeadLetters } from './dead-letters';
import { projectionHealth } from './health';
import { rebuildProgress, requestRebuild } from './rebuild-requests';

const projections: readonly PostgresProjection[] = [
  ...postgresReadModels,
  postgresSearchProjection,
];

const tables: ReadModelTables = {
  [catalogProjection.name]: ['catalog_products'],
  [productDetailProjection.name]: ['product_details'],
  [inventoryLevelsProjection.name]: ['inventory_levels'],
  [cartProjection.name]: ['carts'],
  [customerOrdersProjection.name]: ['customer_orders'],
  [adminOrdersProjection.name]: ['admin_orders', 'admin_order_customers'],
  [orderHistoryProjection.name]: ['order_histories', 'order_status_changes'],
  [postgresSearchProjection.name]: ['search_products', 'search_stock', 'search_terms'],
};

let harness: RuntimeHarness;

beforeAll(async () => {
  harness = await createRuntimeHarness();
  await harness.start(projections);
});

afterAll(async () => {
  await harness?.close();
});

/** Every projection has applied the whole log, with nothing set aside as a dead letter. */
async function expectCaughtUp(): Promise<void> {
  await vi.waitFor(
    async () => {
      const { letters } = await listDeadLetters(harness.prisma, { status: 'failed' });
      // The errors themselves, so a failure says why an event was set aside.
      expect(letters.map(({ projection, error }) => `${projection}: ${error}`)).toEqual([]);
      for (const { name } of projections) {
        const health = await projectionHealth(harness.prisma, name);
        expect({ name, lag: health?.lagEvents, parked: health?.deadLetters.parked }).toEqual({
          name,
          lag: 0,
          parked: 0,
        });
      }
    },
    { timeout: 15_000, interval: 100 },
  );
}

describe('every Postgres read model, rebuilt from the event store', () => {
  it('equals the live one row for row', { timeout: 30_000 }, async () => {
    const logger = pino({ level: 'silent' });
    await writeShopHistory({ eventStore: new PostgresEventStore(harness.pool, logger), logger });
    await expectCaughtUp();
    const live = await dumpReadModels(harness.prisma, tables);
    // A dump of empty tables would equal anything: each read model must hold rows to compare.
    for (const [table, rows] of Object.entries(live)) {
      expect({ table, empty: rows.length === 0 }).toEqual({ table, empty: false });
    }

    for (const { name } of projections)
      expect((await requestRebuild(harness.prisma, name)).ok).toBe(true);
    await vi.waitFor(
      async () => {
        for (const { name } of projections) {
          expect({ name, status: (await rebuildProgress(harness.prisma, name))?.status }).toEqual({
            name,
            status: 'done',
          });
        }
      },
      { timeout: 20_000, interval: 100 },
    );
    for (const { name } of projections)
      expect(await activeGeneration(harness.prisma, name)).toBe(2);
    await expectCaughtUp();

    expect(await dumpReadModels(harness.prisma, tables)).toEqual(live);
  });
});
