import { z } from 'zod';
import type { SnapshotPolicy } from '../snapshots/snapshot-policy';
import type { InventoryState } from './inventory.state';

/**
 * A product's inventory stream grows with every order that reserves it, so it is the stream that
 * needs snapshots. Its state is JSON-shaped already: a plain schema reads and writes it.
 */
export const inventorySnapshotPolicy: SnapshotPolicy<InventoryState> = {
  every: 100,
  schemaVersion: 1,
  schema: z.object({
    onHand: z.number().int(),
    reserved: z.record(z.string(), z.number().int()),
    settled: z.record(z.string(), z.enum(['Rejected', 'Released', 'Committed'])),
  }),
};
