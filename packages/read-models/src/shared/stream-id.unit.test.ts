import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MalformedEvent } from './malformed-event';
import { categoryOf, entityIdMatching, entityIdOf } from './stream-id';
import { testStream } from './test-support/recorded-events';

describe('stream ids', () => {
  it('reads the category before the first dash, the id after it', () => {
    const event = testStream('customeremail').event('EmailReserved', {});
    expect(categoryOf(event.streamId)).toBe('customeremail');
    expect(
      entityIdOf(
        testStream('order', 'f6e1c1a4-0000-4000-8000-000000000001').event('X', {}),
        'order',
      ),
    ).toBe('f6e1c1a4-0000-4000-8000-000000000001');
  });

  it('refuses a stream of another category or without a uuid, naming the event', () => {
    const event = testStream('cart').event('CartItemAdded', {});
    expect(() => entityIdOf(event, 'order')).toThrow(MalformedEvent);
    expect(() => entityIdOf(event, 'order')).toThrow(
      `Event ${event.eventId} (CartItemAdded v1, version 1 of stream ${event.streamId}): ` +
        'stream is not of category order (order-<uuid>)',
    );
    const notUuid = testStream('order', 'abc').event('OrderPlaced', {});
    expect(() => entityIdOf(notUuid, 'order')).toThrow(/not of category order/);
  });

  it("refuses a payload that names another entity than the stream's", () => {
    const event = testStream('order').event('OrderPlaced', {});
    expect(() => entityIdMatching(event, 'order', randomUUID())).toThrow(/payload is about/);
  });
});
