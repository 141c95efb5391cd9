import type { Client, estypes } from '@elastic/elasticsearch';
import type { Logger } from 'pino';
import { backoffDelay, retryWhenOverloaded, type RetryPolicy } from './backoff';
import type { PartSource, SearchSource } from './search-source';

/** One document to write, with its external version. */
export interface IndexWrite {
  id: string;
  version: number;
  source: SearchSource | PartSource;
}

export interface FailedWrite {
  id: string;
  status: number;
  reason: string;
}

/** What happened to each write of a bulk request. */
export interface BulkOutcome {
  /** Elasticsearch holds this version or a newer one: nothing was written. */
  conflicted: string[];
  /** Pushed back (429) or failed on the server's side (5xx): worth sending again. */
  retryable: FailedWrite[];
  /** Refused for good (a mapping error, a bad document): sending it again would fail again. */
  failed: FailedWrite[];
}

export class BulkIndexingFailed extends Error {
  override readonly name = 'BulkIndexingFailed';

  constructor(
    readonly index: string,
    readonly writes: readonly FailedWrite[],
    why: string,
  ) {
    const listed = writes.map(({ id, status, reason }) => `${id} (${status}: ${reason})`);
    super(
      `Writing to ${index} failed for ${writes.length} document(s), ${why}: ${listed.join('; ')}`,
    );
  }
}

/** Sorts a bulk response's items, which come back in the order the writes were sent. Pure. */
export function classifyBulkItems(
  writes: readonly IndexWrite[],
  items: readonly Partial<Record<estypes.BulkOperationType, estypes.BulkResponseItem>>[],
): BulkOutcome {
  const outcome: BulkOutcome = { conflicted: [], retryable: [], failed: [] };
  writes.forEach(({ id }, position) => {
    const item = items[position]?.index;
    if (!item) {
      outcome.failed.push({ id, status: 0, reason: 'no result for this document in the response' });
      return;
    }
    const { status, error } = item;
    if (status < 300) return;
    const failure = {
      id,
      status,
      reason: error ? `${error.type}: ${error.reason ?? ''}` : 'unknown',
    };
    if (status === 409) outcome.conflicted.push(id);
    else if (status === 429 || status >= 500) outcome.retryable.push(failure);
    else outcome.failed.push(failure);
  });
  return outcome;
}

export const bulkOperations = (index: string, writes: readonly IndexWrite[]) =>
  writes.flatMap(({ id, version, source }) => [
    { index: { _index: index, _id: id, version, version_type: 'external' as const } },
    source,
  ]);

export interface BulkContext {
  client: Client;
  retry: RetryPolicy;
  logger: Logger;
  refresh: estypes.Refresh;
}

/**
 * Writes full documents with external versions. Items pushed back are sent again, alone, after a
 * back-off; items refused for good, or still pushed back after the last attempt, fail the whole
 * call with an error naming them. Returns the ids that met a version conflict.
 */
export async function bulkIndex(
  context: BulkContext,
  index: string,
  writes: readonly IndexWrite[],
): Promise<string[]> {
  const conflicted: string[] = [];
  let pending = writes;
  for (let attempt = 1; pending.length > 0; attempt++) {
    const response = await retryWhenOverloaded('a bulk write', context.retry, () =>
      context.client.bulk({ operations: bulkOperations(index, pending), refresh: context.refresh }),
    );
    const outcome = classifyBulkItems(pending, response.items);
    conflicted.push(...outcome.conflicted);
    if (outcome.failed.length > 0) {
      throw new BulkIndexingFailed(index, outcome.failed, 'refused by Elasticsearch');
    }
    if (outcome.retryable.length > 0 && attempt >= context.retry.maxAttempts) {
      throw new BulkIndexingFailed(
        index,
        outcome.retryable,
        `still refused after ${attempt} attempts`,
      );
    }
    if (outcome.retryable.length > 0) {
      const delay = backoffDelay(context.retry, attempt);
      context.logger.warn(
        { index, attempt, delayMs: delay, failed: outcome.retryable },
        'search bulk write partly refused; retrying the refused documents',
      );
      await context.retry.sleep(delay);
    }
    const retry = new Set(outcome.retryable.map(({ id }) => id));
    pending = pending.filter(({ id }) => retry.has(id));
  }
  return conflicted;
}
