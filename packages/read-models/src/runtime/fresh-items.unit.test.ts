import { logStart, type RecordedEvent } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import type { BatchItem } from './batch-item';
import { cursorAfter, freshItems } from './fresh-items';

const eventAt = (globalPosition: number, transactionId = 100): RecordedEvent => ({
  transactionId: BigInt(transactionId),
  globalPosition: BigInt(globalPosition),
  eventId: `00000000-0000-4000-8000-${String(globalPosition).padStart(12, '0')}`,
  type: 'Happened',
  schemaVersion: 1,
  streamId: 'thing-1',
  streamVersion: globalPosition,
  recordedAt: new Date(0),
  data: {},
  metadata: { correlationId: crypto.randomUUID(), causationId: crypto.randomUUID(), actor: 'test' },
});
const item = (globalPosition: number, sequence: number, transactionId?: number): BatchItem => ({
  kind: 'event',
  event: eventAt(globalPosition, transactionId),
  sequence,
});
const garbage = (sequence: number): BatchItem => ({
  kind: 'undecodable',
  body: '{',
  streamId: null,
  sequence,
  correlationId: null,
  error: new SyntaxError('bad'),
});

describe('fresh items', () => {
  it('drops events at or below the cursor and repeats within the batch', () => {
    const cursor = { position: { transactionId: 100n, globalPosition: 2n }, sequence: 2 };
    const items = [item(1, 1), item(2, 2), item(3, 3), item(3, 9), item(4, 4)];
    expect(freshItems(items, cursor).map(({ index }) => index)).toEqual([2, 4]);
  });

  it('compares positions as pairs: a later transaction with a smaller bigserial is fresh', () => {
    const cursor = { position: { transactionId: 100n, globalPosition: 12n }, sequence: 1 };
    expect(freshItems([item(11, 2, 101)], cursor)).toHaveLength(1);
  });

  it('decides bodies that are not events by stream sequence', () => {
    const cursor = { position: logStart, sequence: 5 };
    expect(
      freshItems([garbage(5), garbage(6), garbage(6)], cursor).map(({ index }) => index),
    ).toEqual([1]);
  });

  it('moves the cursor to the last event and the highest sequence', () => {
    const after = cursorAfter({ position: logStart, sequence: null }, [item(3, 7), garbage(8)]);
    expect(after).toEqual({ position: { transactionId: 100n, globalPosition: 3n }, sequence: 8 });
  });
});
