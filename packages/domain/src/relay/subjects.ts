import { defaultPartitionCount, streamPartition } from './stream-partition';

/** NATS subject tokens are separated by '.', and '*' and '>' are wildcards; whitespace ends a subject. */
const forbiddenInToken = /[\s.*>]/u;

function assertToken(token: string, role: string): void {
  if (token.length === 0 || forbiddenInToken.test(token)) {
    throw new Error(
      `${role} ${JSON.stringify(token)} cannot be part of a NATS subject: ` +
        `it must be non-empty and contain no '.', '*', '>' or whitespace`,
    );
  }
}

function assertPrefix(subjectPrefix: string): void {
  for (const token of subjectPrefix.split('.')) assertToken(token, 'Subject prefix part');
}

/** A stream id is `<category>-<id>`; an id without a '-' is its own category. */
function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

/**
 * `${subjectPrefix}.${category}.${partition}.${streamId}`: consumers filter by category, or by one
 * partition of a category to scale out; a stream always maps to one partition, so its events stay
 * in order. The one place an event's subject is computed.
 */
export function eventSubject(
  subjectPrefix: string,
  streamId: string,
  partitionCount = defaultPartitionCount,
): string {
  assertPrefix(subjectPrefix);
  assertToken(streamId, 'Stream id');
  const category = categoryOf(streamId);
  assertToken(category, `Category of stream id ${JSON.stringify(streamId)}`);
  return `${subjectPrefix}.${category}.${streamPartition(streamId, partitionCount)}.${streamId}`;
}

/** `${subjectPrefix}.${category}`, both checked: what every subject of the category starts with. */
function categoryRoot(subjectPrefix: string, category: string): string {
  assertPrefix(subjectPrefix);
  assertToken(category, 'Category');
  return `${subjectPrefix}.${category}`;
}

/** The filter subject for every event of one category, whatever its partition: `shop.events.product.>`. */
export function categorySubjects(subjectPrefix: string, category: string): string {
  return `${categoryRoot(subjectPrefix, category)}.>`;
}

/** The filter subject for one partition of a category: `shop.events.product.3.>`. */
export function partitionSubjects(
  subjectPrefix: string,
  category: string,
  partition: number,
): string {
  if (!Number.isInteger(partition) || partition < 0) {
    throw new RangeError(`A partition is a non-negative integer, got ${partition}`);
  }
  return `${categoryRoot(subjectPrefix, category)}.${partition}.>`;
}
