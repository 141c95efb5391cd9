import { randomUUID } from 'node:crypto';
import {
  handleCommand,
  inventoryStreamId,
  productAggregate,
  productStreamId,
  receiveStock,
  type CommandContext,
  type CommandHandlerDeps,
  type ProductCommand,
} from '@shop/domain';
import { inParallel } from './in-parallel';
import type { DemoProduct, DemoProductOrigin } from './products';

export interface SeedOutcome {
  readonly added: number;
  readonly alreadyThere: number;
  /** Products whose stock was received in this run. */
  readonly stocked: number;
}

const actor = 'system:demo-data';

/**
 * Adds each demo product that is not there yet, then plays its later history and receives its
 * stock. Idempotent: a product that exists (by its fixed id) is skipped with its history, and stock
 * is received only into an inventory with no history, so a second run adds nothing. Products are
 * independent streams, so several are seeded at once.
 */
export async function seedDemoCatalog(
  deps: CommandHandlerDeps,
  products: readonly DemoProduct[],
  { concurrency = 8 }: { concurrency?: number } = {},
): Promise<SeedOutcome> {
  const outcomes = await inParallel(products, concurrency, async ({ origin, later, stock }) => {
    // One correlation per product: its history reads as one piece of work in a timeline.
    const correlationId = randomUUID();
    const context = (): CommandContext => ({ commandId: randomUUID(), correlationId, actor });
    const added = await addProduct(deps, origin, context());
    if (added) for (const change of later) await run(deps, change, context());
    const stocked = await receiveOnce(deps, origin.data.productId, stock, context());
    return { added, stocked };
  });
  const added = outcomes.filter((outcome) => outcome.added).length;
  const stocked = outcomes.filter((outcome) => outcome.stocked).length;
  return { added, alreadyThere: products.length - added, stocked };
}

/** Receives the opening stock through the inventory, unless the inventory has a history already. */
async function receiveOnce(
  deps: CommandHandlerDeps,
  productId: string,
  quantity: number,
  context: CommandContext,
): Promise<boolean> {
  if (quantity <= 0) return false;
  const history = await deps.eventStore.readStream(inventoryStreamId(productId), { toVersion: 1 });
  if (history.length > 0) return false;
  const received = await receiveStock(deps, { productId, quantity }, context);
  if (!received.ok) {
    throw new Error(`Demo stock for ${productId} was refused: ${received.error.message}`);
  }
  return true;
}

/** True if this run added the product, false if it was already there. */
async function addProduct(
  deps: CommandHandlerDeps,
  origin: DemoProductOrigin,
  context: CommandContext,
): Promise<boolean> {
  if (origin.era === 'current') {
    const command = { type: 'AddProduct', data: origin.data } as const;
    return run(deps, command, context, ['ProductAlreadyAdded']);
  }
  // As the early shop wrote it: straight into the store, in the v1 shape, never through today's
  // AddProduct (which writes the current version).
  const appended = await deps.eventStore.appendToStream(
    productStreamId(origin.data.productId),
    'no_stream',
    [
      {
        eventId: origin.eventId,
        type: 'ProductAdded',
        schemaVersion: 1,
        data: origin.data,
        metadata: {
          correlationId: context.correlationId,
          causationId: context.commandId,
          actor: context.actor,
        },
      },
    ],
  );
  return appended.ok; // a conflict on 'no_stream': the product exists, seeded before
}

/** Runs a command; true if it succeeded, false if refused with an expected code, else throws. */
async function run(
  deps: CommandHandlerDeps,
  command: ProductCommand,
  context: CommandContext,
  expectedRefusals: readonly string[] = [],
): Promise<boolean> {
  const streamId = productStreamId(command.data.productId);
  const result = await handleCommand(deps, productAggregate, streamId, command, context);
  if (result.ok) return true;
  if (result.error.kind === 'DomainError' && expectedRefusals.includes(result.error.code)) {
    return false;
  }
  throw new Error(`Demo ${command.type} on ${streamId} failed: ${result.error.message}`);
}
