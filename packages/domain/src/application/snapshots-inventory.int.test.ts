import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { testLogger } from '../event-store/test-support/fixtures';
import {
  closeTestStore,
  openTestStore,
  type TestStore,
} from '../event-store/test-support/test-store';
import { inventoryAggregate, inventoryStreamId, type InventoryCommand } from '../inventory/index';
import { inventorySnapshotPolicy } from '../inventory/inventory.snapshot';
import { snapshotsAgreeWithReplay } from './test-support/snapshot-property';

let t: TestStore;

beforeAll(async () => {
  t = await openTestStore();
});

afterAll(() => closeTestStore(t));

// One product per stream; a few orders so that reservations are repeated, released and committed.
const productId = '5d1c7a2e-8f3b-4c6d-9e0a-1b2c3d4e5f60';
const orderId = fc.constantFrom(
  ...Array.from({ length: 4 }, (_, n) => `00000000-0000-4000-8000-00000000000${n}`),
);
const quantity = fc.integer({ min: 1, max: 8 });
const inventoryCommand: fc.Arbitrary<InventoryCommand> = fc.oneof(
  quantity.map((q) => ({ type: 'ReceiveStock' as const, data: { productId, quantity: q } })),
  fc.tuple(orderId, quantity).map(([id, q]) => ({
    type: 'ReserveStock' as const,
    data: { productId, orderId: id, quantity: q },
  })),
  orderId.map((id) => ({ type: 'ReleaseReservation' as const, data: { productId, orderId: id } })),
  orderId.map((id) => ({ type: 'CommitReservation' as const, data: { productId, orderId: id } })),
  fc.integer({ min: 0, max: 30 }).map((counted) => ({
    type: 'AdjustStock' as const,
    data: { productId, countedOnHand: counted, reason: 'count' },
  })),
);

describe('inventory snapshot + tail against a full replay (property)', () => {
  it('agree for any command sequence and any snapshot interval', async () => {
    await snapshotsAgreeWithReplay(
      { eventStore: t.eventStore, snapshotStore: t.snapshotStore, logger: testLogger() },
      {
        aggregate: inventoryAggregate,
        policy: inventorySnapshotPolicy,
        command: inventoryCommand,
        // Streams need not be named after the product here: each run gets a stream of its own.
        streamId: () => inventoryStreamId(randomUUID()),
      },
      30,
    );
  });
});
