import {
  assertNever,
  productEventCodec,
  productStreamId,
  type ProductEvent,
  type RecordedEvent,
} from '@shop/domain';
import { z } from 'zod';

/** One row of `catalog_products`, as the pure mapping sees it. */
export interface CatalogProductRow {
  productId: string;
  name: string;
  description: string;
  priceMinor: number;
  currency: string;
  /** The product stream's version this row reflects. */
  version: number;
  addedAt: Date;
  updatedAt: Date;
}

export const catalogProductEventTypes = [
  'ProductAdded',
  'ProductRenamed',
  'ProductDescribed',
  'ProductCategorised',
  'ProductTagsSet',
  'ProductRepriced',
  'ProductDiscontinued',
] as const satisfies readonly ProductEvent['type'][];

/**
 * The catalog row after `event`, or null when the product leaves the catalog. Pure, so replays and
 * rebuilds give the same rows. An event the row already reflects (by stream version) changes nothing.
 */
export function evolveCatalogProduct(
  row: CatalogProductRow | null,
  event: RecordedEvent,
): CatalogProductRow | null {
  if (row && event.streamVersion <= row.version) return row;
  const productEvent = decodeProductEvent(event);
  switch (productEvent.type) {
    case 'ProductAdded': {
      const { productId, name, description, price } = productEvent.data;
      if (productStreamId(productId) !== event.streamId) {
        throw new MalformedProductEvent(
          `Event ${event.eventId} adds product ${productId} but was recorded in ${event.streamId}`,
        );
      }
      return {
        productId,
        name,
        description,
        priceMinor: price.amountMinor,
        currency: price.currency,
        version: event.streamVersion,
        addedAt: event.recordedAt,
        updatedAt: event.recordedAt,
      };
    }
    case 'ProductRenamed':
      return changed(row, event, { name: productEvent.data.name });
    case 'ProductDescribed':
      return changed(row, event, { description: productEvent.data.description });
    case 'ProductRepriced': {
      const { price } = productEvent.data;
      return changed(row, event, { priceMinor: price.amountMinor, currency: price.currency });
    }
    case 'ProductCategorised':
    case 'ProductTagsSet':
      // Not shown by this read model yet; the row still records that it saw the event.
      return changed(row, event, {});
    case 'ProductDiscontinued':
      return null;
    default:
      return assertNever(productEvent);
  }
}

/** A later event of a product the catalog has no row for (discontinued, or never added) changes nothing. */
function changed(
  row: CatalogProductRow | null,
  event: RecordedEvent,
  fields: Partial<Pick<CatalogProductRow, 'name' | 'description' | 'priceMinor' | 'currency'>>,
): CatalogProductRow | null {
  if (!row) return null;
  return { ...row, ...fields, version: event.streamVersion, updatedAt: event.recordedAt };
}

export class MalformedProductEvent extends Error {
  override readonly name = 'MalformedProductEvent';
}

/** Validates (and upcasts) the stored payload, so a bad one stops here instead of writing garbage. */
function decodeProductEvent(event: RecordedEvent): ProductEvent {
  try {
    return productEventCodec.parse(event);
  } catch (error) {
    const reason =
      error instanceof z.ZodError
        ? z.prettifyError(error)
        : error instanceof Error
          ? error.message
          : String(error);
    throw new MalformedProductEvent(
      `Event ${event.eventId} (${event.type} v${event.schemaVersion}) of ${event.streamId} ` +
        `cannot be read as a product event: ${reason}`,
      { cause: error },
    );
  }
}
