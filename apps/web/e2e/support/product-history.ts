import { randomUUID } from 'node:crypto';
import { productStreamId, type NewEvent } from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import pg from 'pg';
import { pino } from 'pino';

const eventsPerAppend = 500;

export interface ProductHistory {
  readonly names: readonly string[];
  readonly events: number;
}

/**
 * Writes a long catalog history straight into the event store, as years of admin edits would
 * have: `products` products, each added and then repriced `repricesEach` times. Far quicker than
 * running the commands one by one, and a replay has to read every one of these events.
 */
export async function appendProductHistory(
  databaseUrl: string,
  { products, repricesEach }: { products: number; repricesEach: number },
): Promise<ProductHistory> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const store = new PostgresEventStore(pool, pino({ level: 'silent' }));
  const names: string[] = [];
  try {
    for (let index = 0; index < products; index++) {
      const productId = randomUUID();
      const name = `Archive lamp ${index + 1}`;
      names.push(name);
      const events = [
        event('ProductAdded', {
          productId,
          name,
          description: 'From the archive.',
          price: { amountMinor: 1_000, currency: 'EUR' },
        }),
        ...Array.from({ length: repricesEach }, (_, change) =>
          event('ProductRepriced', {
            productId,
            price: { amountMinor: 1_000 + change + 1, currency: 'EUR' },
          }),
        ),
      ];
      const streamId = productStreamId(productId);
      for (let start = 0; start < events.length; start += eventsPerAppend) {
        const appended = await store.appendToStream(
          streamId,
          'any',
          events.slice(start, start + eventsPerAppend),
        );
        if (!appended.ok) throw new Error(appended.error.message);
      }
    }
  } finally {
    await pool.end();
  }
  return { names, events: products * (1 + repricesEach) };
}

function event(type: string, data: unknown): NewEvent {
  const correlationId = randomUUID();
  return {
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { correlationId, causationId: correlationId, actor: 'admin:archive@shop.example' },
  };
}
