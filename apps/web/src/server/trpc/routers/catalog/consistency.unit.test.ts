import { parseLogPosition } from '@shop/domain';
import { partitionOf } from '@shop/read-models';
import { describe, expect, it } from 'vitest';
import { hasReached } from './consistency';

const streamId = 'product-5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a01';
const partition = String(partitionOf(streamId));
const awaiting = (position: string) => ({ streamId, position: parseLogPosition(position) });

describe('hasReached', () => {
  it('is true when nothing is awaited', () => {
    expect(hasReached({}, undefined)).toBe(true);
  });

  it("is false before the stream's partition has a checkpoint, whatever the others say", () => {
    const otherPartition = String((Number(partition) + 1) % 8);
    expect(hasReached({}, awaiting('5:1'))).toBe(false);
    expect(hasReached({ [otherPartition]: '99:99' }, awaiting('5:1'))).toBe(false);
  });

  it('compares transaction ids first, then positions, as numbers', () => {
    const at = (checkpoint: string) => ({ [partition]: checkpoint });
    expect(hasReached(at('10:12'), awaiting('10:12'))).toBe(true);
    expect(hasReached(at('11:3'), awaiting('10:12'))).toBe(true);
    // As strings "9:99" > "10:12"; as positions it is before.
    expect(hasReached(at('9:99'), awaiting('10:12'))).toBe(false);
    expect(hasReached(at('10:11'), awaiting('10:12'))).toBe(false);
  });
});
