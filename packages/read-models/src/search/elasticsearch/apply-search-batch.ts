import type { RecordedEvent } from '@shop/domain';
import { errors } from '@elastic/elasticsearch';
import { inventoryStreamId, productStreamId } from '@shop/domain';
import { retryWhenOverloaded } from './backoff';
import { bulkIndex, type BulkContext } from './bulk-index';
import { eventsByStream, planDocumentWrites, planPartWrites } from './plan-writes';
import type { StoredSources } from './search-source';

export class SearchIndexMissing extends Error {
  override readonly name = 'SearchIndexMissing';
}

/**
 * Applies a batch to one generation's index in two steps, each a multi-get, a pure plan and a bulk
 * write with external versions. First each stream's part (versioned by the stream). Then, reading
 * both parts back, each product's search document (versioned productVersion · 2³² +
 * inventoryVersion). A writer reads the parts only after writing its own, so of two partitions
 * writing a product's two streams at once, the later reader sees both parts and writes the higher
 * version: neither change is lost. A version conflict on either step means the stored document is
 * already at least as new (a replay, a duplicate, the other partition): nothing to do.
 */
export async function applySearchBatch(
  context: BulkContext,
  index: string,
  events: readonly RecordedEvent[],
): Promise<void> {
  const streams = eventsByStream(events);
  if (streams.length === 0) return;
  const correlationIds = [...new Set(events.map((event) => event.metadata.correlationId))];
  const logged = { ...context, logger: context.logger.child({ index, correlationIds }) };

  const parts = await readSources(
    context,
    index,
    streams.map(({ streamId }) => streamId),
  );
  await writeAll(logged, index, planPartWrites(streams, parts));

  const productIds = [...new Set(streams.map(({ productId }) => productId))];
  const ids = productIds.flatMap((id) => [id, productStreamId(id), inventoryStreamId(id)]);
  await writeAll(
    logged,
    index,
    planDocumentWrites(productIds, await readSources(context, index, ids)),
  );
}

async function writeAll(
  context: BulkContext,
  index: string,
  writes: Parameters<typeof bulkIndex>[2],
): Promise<void> {
  if (writes.length === 0) return;
  const superseded = await bulkIndex(context, index, writes);
  if (superseded.length > 0) {
    context.logger.debug({ superseded }, 'search documents already at least as new; left as is');
  }
}

async function readSources(
  context: BulkContext,
  index: string,
  ids: readonly string[],
): Promise<StoredSources> {
  const response = await retryWhenOverloaded('a multi-get', context.retry, () =>
    context.client.mget({ index, ids: [...ids], realtime: true }).catch((error: unknown) => {
      if (error instanceof errors.ResponseError && error.statusCode === 404) {
        throw new SearchIndexMissing(
          `Search index ${index} does not exist: create its generation before applying events`,
          { cause: error },
        );
      }
      throw error;
    }),
  );
  const sources = new Map<string, unknown>();
  for (const item of response.docs) {
    if ('error' in item) {
      throw new Error(
        `Reading search document ${item._id} of ${index} failed: ${item.error.reason}`,
      );
    }
    if (item.found) sources.set(item._id, item._source);
  }
  return sources;
}
