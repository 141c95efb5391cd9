import type { RecordedEvent } from '@shop/domain';
import type { ProductPart, StockPart } from '../search-document';
import { evolveProductPart, evolveStockPart } from '../search-document.evolve';
import { isSearchEvent, searchTargetOf, type SearchTarget } from '../search-events';
import type { IndexWrite } from './bulk-index';
import {
  documentFromParts,
  externalVersion,
  productPartIn,
  searchDocumentIn,
  stockPartIn,
  toPartSource,
  toSearchSource,
  type StoredSources,
} from './search-source';

/** A batch's events of one stream, in log order. */
export interface StreamEvents extends SearchTarget {
  streamId: string;
  events: RecordedEvent[];
}

/** A batch's search events by stream. Pure. */
export function eventsByStream(events: readonly RecordedEvent[]): StreamEvents[] {
  const byStream = new Map<string, StreamEvents>();
  for (const event of events.filter(isSearchEvent)) {
    const entry = byStream.get(event.streamId) ?? {
      ...searchTargetOf(event),
      streamId: event.streamId,
      events: [],
    };
    entry.events.push(event);
    byStream.set(event.streamId, entry);
  }
  return [...byStream.values()];
}

/**
 * Each stream's part evolved by its events, versioned by the stream. A part the events do not
 * change (all applied before) is not written. Pure.
 */
export function planPartWrites(
  streams: readonly StreamEvents[],
  stored: StoredSources,
): IndexWrite[] {
  return streams.flatMap(({ stream, productId, streamId, events }) => {
    const changed = (before: ProductPart | StockPart, after: ProductPart | StockPart) =>
      after === before
        ? []
        : [{ id: streamId, version: after.version, source: toPartSource(after) }];
    if (stream === 'product') {
      const before = productPartIn(stored, productId);
      return changed(before, events.reduce(evolveProductPart, before));
    }
    const before = stockPartIn(stored, productId);
    return changed(before, events.reduce(evolveStockPart, before));
  });
}

/**
 * The search documents the stored parts make, where they are newer than the stored document
 * (which a replay, or another writer that already saw both parts, leaves as is). Pure.
 */
export function planDocumentWrites(
  productIds: readonly string[],
  stored: StoredSources,
): IndexWrite[] {
  return productIds.flatMap((productId) => {
    const document = documentFromParts(stored, productId);
    const current = searchDocumentIn(stored, productId);
    const version = externalVersion(document);
    if (version === 0 || (current && externalVersion(current) >= version)) return [];
    return [{ id: productId, version, source: toSearchSource(document) }];
  });
}
