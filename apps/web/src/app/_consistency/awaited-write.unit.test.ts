import { describe, expect, it } from 'vitest';
import { awaitedWriteOf, freshnessStreamUrl } from './awaited-write';

describe('awaitedWriteOf', () => {
  it("is the stream and position of an action's success", () => {
    expect(awaitedWriteOf({ ok: true, streamId: 'cart-7', position: '812:3' })).toEqual({
      streamId: 'cart-7',
      position: '812:3',
    });
  });

  it('is nothing to wait for when the action failed, changed nothing or has not run', () => {
    expect(awaitedWriteOf({ ok: false, message: 'No', fieldErrors: {} })).toBeNull();
    expect(awaitedWriteOf({ ok: true, streamId: 'cart-7', position: null })).toBeNull();
    expect(awaitedWriteOf(null)).toBeNull();
  });
});

describe('freshnessStreamUrl', () => {
  it('carries the projection and the write, encoded', () => {
    expect(freshnessStreamUrl('catalog', { streamId: 'product-a b', position: '812:3' })).toBe(
      '/api/freshness/stream?projection=catalog&streamId=product-a+b&position=812%3A3',
    );
  });
});
