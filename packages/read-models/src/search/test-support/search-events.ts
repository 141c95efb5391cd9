import { randomUUID } from 'node:crypto';
import {
  inventoryStreamCategory,
  inventoryStreamId,
  productStreamCategory,
  productStreamId,
  type InventoryEvent,
  type ProductEvent,
  type RecordedEvent,
} from '@shop/domain';
import { nextLogPosition } from '../../test-support/product-events';
import {
  noProductPart,
  noStockPart,
  searchDocumentOf,
  type SearchDocument,
} from '../search-document';
import { evolveProductPart, evolveStockPart } from '../search-document.evolve';
import { searchTargetOf } from '../search-events';

type Payload<Event extends { type: string; data: { productId: string } }, Type> = Omit<
  Extract<Event, { type: Type }>['data'],
  'productId'
>;

/** Recorded events of one stream, numbered as the event store numbers them, in log order. */
function streamWriter(streamId: string, productId: string) {
  let version = 0;
  return (type: string, data: Record<string, unknown>, recordedAt = new Date()): RecordedEvent => {
    version += 1;
    const correlationId = randomUUID();
    return {
      ...nextLogPosition(),
      eventId: randomUUID(),
      type,
      schemaVersion: type === 'ProductAdded' ? 3 : 1,
      streamId,
      streamVersion: version,
      recordedAt,
      data: { productId, ...data },
      metadata: { correlationId, causationId: correlationId, actor: 'admin' },
    };
  };
}

/** A product's stream: each call records the next event. */
export function productStream(productId: string = randomUUID()) {
  const record = streamWriter(productStreamId(productId), productId);
  const event = <Type extends ProductEvent['type']>(
    type: Type,
    data: Payload<ProductEvent, Type>,
    recordedAt?: Date,
  ) => record(type, data as Record<string, unknown>, recordedAt);
  return { productId, event };
}

/** The same product's inventory stream. */
export function inventoryStream(productId: string) {
  const record = streamWriter(inventoryStreamId(productId), productId);
  const event = <Type extends InventoryEvent['type']>(
    type: Type,
    data: Payload<InventoryEvent, Type>,
  ) => record(type, data as Record<string, unknown>);
  return { productId, event };
}

export interface ProductSpec {
  name: string;
  description?: string;
  category?: string;
  tags?: string[];
  priceMinor?: number;
  /** Units received; none means out of stock. */
  stock?: number;
  addedAt?: Date;
}

/** A listed product's events: added, tagged, stock received. */
export function listedProduct(spec: ProductSpec, productId: string = randomUUID()) {
  const product = productStream(productId);
  const inventory = inventoryStream(productId);
  const events = [
    product.event(
      'ProductAdded',
      {
        name: spec.name,
        description: spec.description ?? '',
        category: spec.category ?? 'misc',
        price: { amountMinor: spec.priceMinor ?? 1_000, currency: 'EUR' },
      },
      spec.addedAt,
    ),
    ...(spec.tags ? [product.event('ProductTagsSet', { tags: spec.tags })] : []),
    ...(spec.stock ? [inventory.event('StockReceived', { quantity: spec.stock })] : []),
  ];
  return { productId, product, inventory, events };
}

/** The search document a product's events make, each stream folded into its own part. */
export function documentFrom(events: readonly RecordedEvent[]): SearchDocument {
  const ofStream = (category: string) =>
    events.filter((event) => searchTargetOf(event).stream === category);
  const [first] = events;
  if (!first) throw new Error('A document needs at least one event');
  return searchDocumentOf(
    searchTargetOf(first).productId,
    ofStream(productStreamCategory).reduce(evolveProductPart, noProductPart),
    ofStream(inventoryStreamCategory).reduce(evolveStockPart, noStockPart),
  );
}
