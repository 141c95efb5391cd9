import {
  assertNever,
  type InventoryEvent,
  type ProductEvent,
  type RecordedEvent,
} from '@shop/domain';
import { withoutHighlightMarkers } from './highlight';
import type { ProductPart, SearchProduct, SearchStock, StockPart } from './search-document';
import { decodeInventoryEvent, decodeProductEvent } from './search-events';

/*
 * Each stream evolves its own part of the document: the two streams of a product are applied
 * independently (by different partitions, possibly at the same time), so neither may rewrite the
 * other's state. An event at or below the part's version returns the very same part, so a caller
 * can tell "already applied" and skip the write. Pure.
 */

export function evolveProductPart(part: ProductPart, event: RecordedEvent): ProductPart {
  if (event.streamVersion <= part.version) return part;
  return { version: event.streamVersion, state: nextProduct(part.state, event) };
}

export function evolveStockPart(part: StockPart, event: RecordedEvent): StockPart {
  if (event.streamVersion <= part.version) return part;
  return {
    version: event.streamVersion,
    state: nextStock(part.state, decodeInventoryEvent(event)),
  };
}

function nextProduct(product: SearchProduct | null, recorded: RecordedEvent): SearchProduct | null {
  const event: ProductEvent = decodeProductEvent(recorded);
  if (event.type === 'ProductAdded') {
    const { name, description, category, price } = event.data;
    return {
      name: withoutHighlightMarkers(name),
      description: withoutHighlightMarkers(description),
      category,
      tags: [],
      price,
      addedAt: recorded.recordedAt.toISOString(),
      discontinued: false,
    };
  }
  // A later event of a product search never saw added changes nothing.
  if (!product) return null;
  switch (event.type) {
    case 'ProductRenamed':
      return { ...product, name: withoutHighlightMarkers(event.data.name) };
    case 'ProductDescribed':
      return { ...product, description: withoutHighlightMarkers(event.data.description) };
    case 'ProductCategorised':
      return { ...product, category: event.data.category };
    case 'ProductTagsSet':
      return { ...product, tags: [...new Set(event.data.tags)] };
    case 'ProductRepriced':
      return { ...product, price: event.data.price };
    case 'ProductDiscontinued':
      return { ...product, discontinued: true };
    default:
      return assertNever(event);
  }
}

function nextStock(stock: SearchStock, event: InventoryEvent): SearchStock {
  switch (event.type) {
    case 'StockReceived':
      return { ...stock, onHand: stock.onHand + event.data.quantity };
    case 'StockReserved':
      return { ...stock, reserved: stock.reserved + event.data.quantity };
    case 'ReservationReleased':
      return { ...stock, reserved: Math.max(0, stock.reserved - event.data.quantity) };
    case 'ReservationCommitted':
      return {
        onHand: stock.onHand - event.data.quantity,
        reserved: Math.max(0, stock.reserved - event.data.quantity),
      };
    case 'StockAdjusted':
      return { ...stock, onHand: event.data.countedOnHand };
    case 'StockReservationRejected':
      return stock;
    default:
      return assertNever(event);
  }
}
