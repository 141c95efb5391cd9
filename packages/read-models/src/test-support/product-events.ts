import { randomUUID } from 'node:crypto';
import { productStreamId, type LogPosition, type RecordedEvent } from '@shop/domain';

let lastPosition = 0;

/**
 * Log positions that increase across a test run, as the relay would publish them; spaced by ten so
 * a test can place an event between two of them.
 */
export function nextLogPosition(): LogPosition {
  lastPosition += 10;
  return { transactionId: BigInt(10_000 + lastPosition), globalPosition: BigInt(lastPosition) };
}

export interface ProductAddedOptions {
  productId?: string;
  name?: string;
  position?: LogPosition;
  recordedAt?: Date;
  /** Replaces the payload, e.g. with a malformed one. */
  data?: unknown;
}

/** A recorded ProductAdded as the event store would hand it to the relay. */
export function productAddedEvent(options: ProductAddedOptions = {}): RecordedEvent {
  const productId = options.productId ?? randomUUID();
  const correlationId = randomUUID();
  return {
    ...(options.position ?? nextLogPosition()),
    eventId: randomUUID(),
    type: 'ProductAdded',
    schemaVersion: 1,
    streamId: productStreamId(productId),
    streamVersion: 1,
    recordedAt: options.recordedAt ?? new Date(),
    data: options.data ?? {
      productId,
      name: options.name ?? 'Desk lamp',
      description: 'Warm light',
      price: { amountMinor: 3_450, currency: 'EUR' },
    },
    metadata: { correlationId, causationId: correlationId, actor: 'admin' },
  };
}

export const productIdOf = (event: RecordedEvent): string =>
  event.streamId.slice('product-'.length);
