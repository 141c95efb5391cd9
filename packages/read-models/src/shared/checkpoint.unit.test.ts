import { describe, expect, it } from 'vitest';
import { partitionOf } from '../runtime/partitions';
import { checkpointReaches, readModelCheckpointSchema } from './checkpoint';

const position = (transactionId: bigint, globalPosition: bigint) => ({
  transactionId,
  globalPosition,
});

/** Two stream ids the relay puts in different partitions. */
function streamsInTwoPartitions(): [string, string] {
  const first = 'order-00000000-0000-4000-8000-000000000000';
  for (let n = 1; ; n++) {
    const other = `order-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    if (partitionOf(other) !== partitionOf(first)) return [first, other];
  }
}

describe('read model checkpoint', () => {
  const [busy, idle] = streamsInTwoPartitions();
  const checkpoint = { [String(partitionOf(busy))]: '100:7' };

  it("reaches a write of a stream once the stream's partition is at or past it, as pairs", () => {
    expect(checkpointReaches(checkpoint, busy, position(100n, 7n))).toBe(true);
    expect(checkpointReaches(checkpoint, busy, position(99n, 50n))).toBe(true);
    expect(checkpointReaches(checkpoint, busy, position(100n, 8n))).toBe(false);
  });

  it('reaches nothing of a partition it has not read', () => {
    expect(checkpointReaches(checkpoint, idle, position(1n, 1n))).toBe(false);
  });

  it('accepts only partition numbers mapped to log positions', () => {
    expect(readModelCheckpointSchema.safeParse(checkpoint).success).toBe(true);
    expect(readModelCheckpointSchema.safeParse({ a: '1:2' }).success).toBe(false);
    expect(readModelCheckpointSchema.safeParse({ '1': '12' }).success).toBe(false);
  });
});
