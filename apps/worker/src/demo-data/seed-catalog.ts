import { randomUUID } from 'node:crypto';
import {
  handleCommand,
  productAggregate,
  productStreamId,
  type CommandContext,
  type CommandHandlerDeps,
  type ProductCommand,
} from '@shop/domain';
import type { DemoProduct, DemoProductOrigin } from './products';

export interface SeedOutcome {
  readonly added: number;
  readonly alreadyThere: number;
}

const actor = 'system:demo-data';

/**
 * Adds each demo product that is not there yet, then plays its later history. Idempotent: a
 * product that exists (by its fixed id) is skipped with its history, so a second run adds nothing.
 */
export async function seedDemoCatalog(
  deps: CommandHandlerDeps,
  products: readonly DemoProduct[],
): Promise<SeedOutcome> {
  const correlationId = randomUUID();
  const context = (): CommandContext => ({ commandId: randomUUID(), correlationId, actor });
  let added = 0;
  for (const { origin, later } of products) {
    if (!(await addProduct(deps, origin, context()))) continue;
    added++;
    for (const change of later) await run(deps, change, context());
  }
  return { added, alreadyThere: products.length - added };
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
