import { defaultPartitionCount, streamPartition } from '@shop/domain/partitioning';

/**
 * The relay's partition count. It is part of the wire contract (subjects carry the partition), so
 * the runtime takes it from the relay rather than from configuration: a consumer that disagreed
 * would read the wrong streams.
 */
export const partitionCount = defaultPartitionCount;

export const allPartitions: readonly number[] = Array.from({ length: partitionCount }, (_, p) => p);

/** The partition that carries every event of `streamId`. */
export const partitionOf = (streamId: string): number => streamPartition(streamId, partitionCount);

/** A stream id is `<category>-<id>`; an id without a dash is its own category (as the relay reads it). */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}
