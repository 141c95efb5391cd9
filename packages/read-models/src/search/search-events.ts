import {
  inventoryEventCodec,
  inventoryStreamCategory,
  productEventCodec,
  productStreamCategory,
  type InventoryEvent,
  type ProductEvent,
  type RecordedEvent,
} from '@shop/domain';
import { z } from 'zod';

export const searchProductEventTypes = [
  'ProductAdded',
  'ProductRenamed',
  'ProductDescribed',
  'ProductCategorised',
  'ProductTagsSet',
  'ProductRepriced',
  'ProductDiscontinued',
] as const satisfies readonly ProductEvent['type'][];

/** The inventory events that move on-hand or reserved stock (a rejected reservation moves none). */
export const searchInventoryEventTypes = [
  'StockReceived',
  'StockReserved',
  'ReservationReleased',
  'ReservationCommitted',
  'StockAdjusted',
] as const satisfies readonly InventoryEvent['type'][];

export const searchCategories = [productStreamCategory, inventoryStreamCategory] as const;
export const searchEventTypes = [...searchProductEventTypes, ...searchInventoryEventTypes];

/** The product document an event feeds, and which of its two streams it came from. */
export interface SearchTarget {
  stream: typeof productStreamCategory | typeof inventoryStreamCategory;
  productId: string;
}

export class MalformedSearchEvent extends Error {
  override readonly name = 'MalformedSearchEvent';
}

const uuid = z.uuid();

/** `product-<uuid>` or `inventory-<uuid>`: both streams of a product are named by its id. */
function parseStreamId(streamId: string): SearchTarget | null {
  const dash = streamId.indexOf('-');
  const [stream, productId] = [streamId.slice(0, dash), streamId.slice(dash + 1)];
  if (stream !== productStreamCategory && stream !== inventoryStreamCategory) return null;
  return uuid.safeParse(productId).success ? { stream, productId } : null;
}

/** Which product document a recorded event feeds; throws for a stream search does not read. */
export function searchTargetOf(event: RecordedEvent): SearchTarget {
  const target = parseStreamId(event.streamId);
  if (!target) {
    throw new MalformedSearchEvent(
      `Event ${event.eventId} (${event.type}) is in stream ${event.streamId}, which search does not read`,
    );
  }
  return target;
}

/** Decodes (and upcasts) a product event; an unreadable payload throws UndecodableEvent naming it. */
export const decodeProductEvent = (event: RecordedEvent): ProductEvent =>
  ofItsStream(event, productEventCodec.parse(event));

export const decodeInventoryEvent = (event: RecordedEvent): InventoryEvent =>
  ofItsStream(event, inventoryEventCodec.parse(event));

/** The stream names the product; a payload naming another one is refused rather than misfiled. */
function ofItsStream<Event extends { data: { productId: string } }>(
  event: RecordedEvent,
  decoded: Event,
): Event {
  const { productId } = searchTargetOf(event);
  if (decoded.data.productId !== productId) {
    throw new MalformedSearchEvent(
      `Event ${event.eventId} (${event.type}) names product ${decoded.data.productId} ` +
        `but was recorded in ${event.streamId}`,
    );
  }
  return decoded;
}

export const isSearchEvent = (event: RecordedEvent): boolean =>
  (searchEventTypes as readonly string[]).includes(event.type);
