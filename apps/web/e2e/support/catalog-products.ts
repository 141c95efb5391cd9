import { randomUUID } from 'node:crypto';
import { inventoryStreamId, productStreamId, type NewEvent } from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import pg from 'pg';
import { pino } from 'pino';

export interface CatalogProduct {
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly tags?: readonly string[];
  /** In minor units of EUR. */
  readonly priceMinor: number;
  /** Units received into stock; none when absent. */
  readonly stock?: number;
}

/**
 * Puts products into the event store as the admin's commands would have (added with a category,
 * tagged, stocked), each in its own stream: what the storefront and search specs browse. Returns
 * the product ids in the order given.
 */
export async function appendCatalogProducts(
  databaseUrl: string,
  products: readonly CatalogProduct[],
): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const store = new PostgresEventStore(pool, pino({ level: 'silent' }));
  const append = async (streamId: string, events: NewEvent[]) => {
    const appended = await store.appendToStream(streamId, 'any', events);
    if (!appended.ok) throw new Error(appended.error.message);
  };
  try {
    const ids: string[] = [];
    for (const product of products) {
      const productId = randomUUID();
      ids.push(productId);
      const price = { amountMinor: product.priceMinor, currency: 'EUR' };
      const { name, description, category } = product;
      await append(productStreamId(productId), [
        adminEvent('ProductAdded', 3, { productId, name, description, price, category }),
        ...(product.tags
          ? [adminEvent('ProductTagsSet', 1, { productId, tags: product.tags })]
          : []),
      ]);
      if (product.stock) {
        await append(inventoryStreamId(productId), [
          adminEvent('StockReceived', 1, { productId, quantity: product.stock }),
        ]);
      }
    }
    return ids;
  } finally {
    await pool.end();
  }
}

function adminEvent(type: string, schemaVersion: number, data: unknown): NewEvent {
  const correlationId = randomUUID();
  return {
    eventId: randomUUID(),
    type,
    schemaVersion,
    data,
    metadata: { correlationId, causationId: correlationId, actor: 'admin:catalog@shop.example' },
  };
}
