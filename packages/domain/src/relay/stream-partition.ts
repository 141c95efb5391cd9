/**
 * Which partition a stream's events go to. Every event of one stream lands in one partition, so a
 * consumer per partition keeps per-stream order while consumers scale out.
 *
 * The hash is FNV-1a, 32 bits, over the UTF-8 bytes of the stream id
 * (http://www.isthe.com/chongo/tech/comp/fnv/): stable across processes, platforms and languages,
 * so any consumer can compute it. Changing it, or the partition count, moves streams between
 * partitions in production: treat both as part of the wire contract.
 */
export const defaultPartitionCount = 8;

const fnvOffsetBasis = 0x811c9dc5;
const fnvPrime = 0x01000193;
const utf8 = new TextEncoder();

function fnv1a32Bytes(bytes: Uint8Array): number {
  let hash = fnvOffsetBasis;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, fnvPrime);
  return hash >>> 0;
}

/** FNV-1a 32-bit of the UTF-8 encoding of `text`, as an unsigned integer. */
export function fnv1a32(text: string): number {
  // Stream ids are ASCII, where a char code is its UTF-8 byte: no encoding, no allocation.
  let hash = fnvOffsetBasis;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f) return fnv1a32Bytes(utf8.encode(text));
    hash = Math.imul(hash ^ code, fnvPrime);
  }
  return hash >>> 0;
}

export function assertPartitionCount(partitionCount: number): number {
  if (!Number.isInteger(partitionCount) || partitionCount < 1) {
    throw new RangeError(`A partition count must be a positive integer, got ${partitionCount}`);
  }
  return partitionCount;
}

/** The partition, in `[0, partitionCount)`, that holds every event of `streamId`. */
export function streamPartition(streamId: string, partitionCount = defaultPartitionCount): number {
  return fnv1a32(streamId) % assertPartitionCount(partitionCount);
}
