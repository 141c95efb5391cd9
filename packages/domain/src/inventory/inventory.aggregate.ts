import type { Aggregate } from '../application/handle-command';
import { inventoryCommandSchema, type InventoryCommand } from './inventory.commands';
import { decideInventory } from './inventory.decide';
import type { InventoryError } from './inventory.errors';
import { inventoryEventCodec, type InventoryEvent } from './inventory.events';
import { evolveInventory } from './inventory.evolve';
import { inventorySnapshotPolicy } from './inventory.snapshot';
import { initialInventoryState, type InventoryState } from './inventory.state';

export const inventoryAggregate: Aggregate<
  InventoryCommand,
  InventoryEvent,
  InventoryState,
  InventoryError
> = {
  decider: {
    initialState: initialInventoryState,
    decide: decideInventory,
    evolve: evolveInventory,
  },
  codec: inventoryEventCodec,
  commandSchema: inventoryCommandSchema,
  snapshot: inventorySnapshotPolicy,
};

export const inventoryStreamCategory = 'inventory';
export const inventoryStreamId = (productId: string): string =>
  `${inventoryStreamCategory}-${productId}`;
