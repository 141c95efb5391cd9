import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Aggregate } from '../src/application/handle-command';
import type { NewEvent } from '../src/event-store/port';
import { productAggregate, type ProductCommand } from '../src/product/index';
import type { ProductState } from '../src/product/index';
import type { ProductEvent } from '../src/product/product.events';
import type { ProductError } from '../src/product/product.errors';
import type { EventMetadata } from '../src/shared/envelope';
import { moneySchema } from '../src/shared/money';
import type { SnapshotPolicy } from '../src/snapshots/snapshot-policy';

/** A command's context, with fresh ids each time as every request brings. */
export const context = () => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'admin',
});

const metadataOfOneCommand = (): EventMetadata => {
  const { commandId, correlationId, actor } = context();
  return { correlationId, causationId: commandId, actor };
};

const addedData = (productId: string) => ({
  productId,
  name: 'Bench lamp',
  description: 'A lamp for the desk, with a long enough description to look real.',
  price: { amountMinor: 1_000, currency: 'EUR' },
});

export const added = (productId: string): ProductCommand => ({
  type: 'AddProduct',
  data: addedData(productId),
});

/** A new price each time (`n` differs per call), so the decider always emits an event. */
export const repriced = (productId: string, n: number): ProductCommand => ({
  type: 'RepriceProduct',
  data: { productId, price: { amountMinor: 1_001 + n, currency: 'EUR' } },
});

const { codec } = productAggregate;

/*
 * Built by hand, not with the application's toNewEvents (which checks every payload against its
 * schema): the append and its raw baseline get the same ready events, so only the store differs.
 */
const newEvent = (event: ProductEvent, metadata: EventMetadata): NewEvent => ({
  eventId: randomUUID(),
  type: event.type,
  schemaVersion: codec.schemaVersionOf(event.type),
  data: event.data,
  metadata,
});

/** `count` ProductRepriced events, prices from `from` on: the payload of the measured appends. */
export function repricedEvents(productId: string, count: number, from = 0): NewEvent[] {
  const shared = metadataOfOneCommand();
  return Array.from({ length: count }, (_, index) =>
    newEvent(
      {
        type: 'ProductRepriced',
        data: { productId, price: { amountMinor: 1_001 + from + index, currency: 'EUR' } },
      },
      shared,
    ),
  );
}

/** ProductAdded as the store takes it: the first event of a seeded stream. */
export const addedEvent = (productId: string): NewEvent =>
  newEvent(
    { type: 'ProductAdded', data: { ...addedData(productId), category: 'lamps' } },
    metadataOfOneCommand(),
  );

const details = {
  productId: z.uuid(),
  name: z.string(),
  description: z.string(),
  price: moneySchema,
  category: z.string(),
  tags: z.array(z.string()),
};

/** The product state is JSON-shaped: a plain schema reads and writes it. */
const productStateSchema: z.ZodType<ProductState> = z.discriminatedUnion('status', [
  z.object({ status: z.literal('Unlisted') }),
  z.object({ status: z.literal('Listed'), ...details }),
  z.object({ status: z.literal('Discontinued'), reason: z.string().optional(), ...details }),
]);

/** No aggregate ships a snapshot policy yet: this is the one the load measurement uses. */
export const productSnapshotPolicy: SnapshotPolicy<ProductState> = {
  every: 100,
  schemaVersion: 1,
  schema: productStateSchema,
};

export const snapshottedProduct: Aggregate<
  ProductCommand,
  ProductEvent,
  ProductState,
  ProductError
> = { ...productAggregate, snapshot: productSnapshotPolicy };
