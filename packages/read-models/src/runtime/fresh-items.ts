import { compareLogPositions, type LogPosition } from '@shop/domain';
import type { BatchItem, CursorState } from './batch-item';

export interface FreshItem {
  readonly item: BatchItem;
  /** Its index in the batch as given, to say which item failed. */
  readonly index: number;
}

/**
 * The items past the cursor, in order. An event at or below the position is a duplicate (a
 * redelivery, a republish outside JetStream's duplicate window, a replay after a crash); an item
 * without a position (a body that is not an event, an undecoded foreign one) goes by stream sequence.
 */
export function freshItems(items: readonly BatchItem[], cursor: CursorState): FreshItem[] {
  let position = cursor.position;
  let sequence = cursor.sequence ?? 0;
  const fresh: FreshItem[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'event') {
      if (item.sequence <= sequence) return;
    } else if (compareLogPositions(item.event, position) <= 0) {
      return;
    } else {
      position = item.event;
    }
    sequence = Math.max(sequence, item.sequence ?? 0);
    fresh.push({ item, index });
  });
  return fresh;
}

/** The cursor after `items` (which must be fresh, in order). */
export function cursorAfter(cursor: CursorState, items: readonly BatchItem[]): CursorState {
  let { position, sequence } = cursor;
  for (const item of items) {
    if (item.kind === 'event') position = positionOf(item.event);
    if (item.sequence !== null) sequence = Math.max(sequence ?? 0, item.sequence);
  }
  return { position, sequence };
}

export const positionOf = ({ transactionId, globalPosition }: LogPosition): LogPosition => ({
  transactionId,
  globalPosition,
});
