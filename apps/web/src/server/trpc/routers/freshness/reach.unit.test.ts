import { parseLogPosition } from '@shop/domain';
import {
  allPartitions,
  partitionOf,
  type PartitionCheckpointView,
} from '@shop/read-models/read-side';
import { describe, expect, it } from 'vitest';
import { reachOf } from './reach';

const streamId = 'product-5d3c1f0a-6a7e-4d51-9a55-0b7a4f6e1a01';
const partition = partitionOf(streamId);
const otherPartition = (partition + 1) % allPartitions.length;
const awaiting = (position: string) => ({ streamId, position: parseLogPosition(position) });

const checkpoints = (positions: Record<number, string>): PartitionCheckpointView[] =>
  allPartitions.map((entry) => ({
    partition: entry,
    position: positions[entry] ?? null,
    streamSequence: 0,
    recordedAt: null,
    updatedAt: null,
  }));

describe('reachOf', () => {
  it('is reached when nothing is awaited', () => {
    expect(reachOf(checkpoints({}), undefined)).toEqual({
      reached: true,
      partition: null,
      checkpoint: null,
    });
  });

  it("is not reached before the stream's partition applied anything, whatever the others say", () => {
    expect(reachOf(checkpoints({}), awaiting('5:1'))).toEqual({
      reached: false,
      partition,
      checkpoint: null,
    });
    expect(reachOf(checkpoints({ [otherPartition]: '99:99' }), awaiting('5:1')).reached).toBe(
      false,
    );
  });

  it('compares transaction ids first, then positions, as numbers', () => {
    const at = (position: string) => checkpoints({ [partition]: position });
    expect(reachOf(at('10:12'), awaiting('10:12'))).toEqual({
      reached: true,
      partition,
      checkpoint: '10:12',
    });
    expect(reachOf(at('11:3'), awaiting('10:12')).reached).toBe(true);
    // As strings "9:99" > "10:12"; as positions it is before.
    expect(reachOf(at('9:99'), awaiting('10:12')).reached).toBe(false);
    expect(reachOf(at('10:11'), awaiting('10:12')).reached).toBe(false);
  });
});
