import {
  inventoryEventCodec,
  inventoryStreamCategory,
  productEventCodec,
  productStreamCategory,
  type ProductEvent,
  type RecordedEvent,
} from '@shop/domain';
import { decodeEvent, MalformedEvent } from './malformed-event';
import { noStock, evolveStockLevel, type StockLevel } from './stock-level';
import { categoryOf, entityIdMatching } from './stream-id';
import { reflects } from './stream-version';

/**
 * A row fed by the two streams of one product, which reach a projection in any order relative to
 * each other (stock may be received before the product is added). Each part keeps the version of
 * its own stream, so a replay of either is recognised; the product part is null until ProductAdded.
 */
export interface ProductStockRow<Product> {
  readonly productId: string;
  readonly product: Product | null;
  readonly productVersion: number;
  readonly stock: StockLevel;
  readonly inventoryVersion: number;
  readonly updatedAt: Date;
}

export type ProductPartEvolver<Product> = (
  product: Product | null,
  event: ProductEvent,
  recorded: RecordedEvent,
) => Product;

export const productStockCategories = [productStreamCategory, inventoryStreamCategory];

export const productStockEventTypes = [
  ...productEventCodec.definitions,
  ...inventoryEventCodec.definitions,
].map((definition) => definition.type);

/** The pure evolve of a product-and-stock row, given how the product part follows product events. */
export function productStockEvolver<Product>(evolveProduct: ProductPartEvolver<Product>) {
  return (row: ProductStockRow<Product> | null, event: RecordedEvent): ProductStockRow<Product> => {
    switch (categoryOf(event.streamId)) {
      case productStreamCategory: {
        if (row && reflects(row.productVersion, event)) return row;
        const decoded = decodeEvent(productEventCodec, event);
        const productId = idOf(event, productStreamCategory, decoded);
        const current = row ?? emptyRow<Product>(productId, event);
        return {
          ...touched(current, event),
          product: evolveProduct(current.product, decoded, event),
          productVersion: event.streamVersion,
        };
      }
      case inventoryStreamCategory: {
        if (row && reflects(row.inventoryVersion, event)) return row;
        const decoded = decodeEvent(inventoryEventCodec, event);
        const productId = idOf(event, inventoryStreamCategory, decoded);
        const current = row ?? emptyRow<Product>(productId, event);
        return {
          ...touched(current, event),
          stock: evolveStockLevel(current.stock, decoded),
          inventoryVersion: event.streamVersion,
        };
      }
      default:
        throw new MalformedEvent(event, 'is neither a product nor an inventory event');
    }
  };
}

/** Checked on every event, not only the first: a payload naming another product is a defect. */
const idOf = (event: RecordedEvent, category: string, decoded: { data: { productId: string } }) =>
  entityIdMatching(event, category, decoded.data.productId);

function emptyRow<Product>(productId: string, event: RecordedEvent): ProductStockRow<Product> {
  return {
    productId,
    product: null,
    productVersion: 0,
    stock: noStock,
    inventoryVersion: 0,
    updatedAt: event.recordedAt,
  };
}

/** The two streams are not ordered by time between them: the latest change is the later one. */
function touched<Row extends { updatedAt: Date }>(row: Row, event: RecordedEvent): Row {
  return event.recordedAt > row.updatedAt ? { ...row, updatedAt: event.recordedAt } : row;
}
