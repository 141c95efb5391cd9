import type { RecordedEvent } from '@shop/domain';
import type { ExternalProjection } from '../runtime/projection';

interface MemoryDocument {
  /** The external version: the stream version of the last event written. */
  readonly version: number;
  /** Every event id written into the document, in order. */
  readonly applied: readonly string[];
}

/**
 * An external projection over an in-memory "search index": one document per stream, written with
 * the stream version as external version (a lower or equal version is a no-op), generations as
 * indexes, and an alias naming the one readers see.
 */
export function memoryExternalProjection(options: {
  name: string;
  categories: readonly string[];
  /** Refuses any bulk that contains such an event. */
  fails?: (event: RecordedEvent) => boolean;
}) {
  const indexes = new Map<number, Map<string, MemoryDocument>>();
  const calls: string[] = [];
  let alias: number | null = null;
  const projection: ExternalProjection = {
    kind: 'external',
    name: options.name,
    categories: options.categories,
    handles: ['Happened', 'Poisoned'],
    async applyBatch(events, { generation }) {
      if (events.some((event) => options.fails?.(event))) throw new Error('bulk request refused');
      const index = indexes.get(generation);
      if (!index) throw new Error(`no index for generation ${generation}`);
      for (const event of events) {
        const document = index.get(event.streamId);
        if (document && document.version >= event.streamVersion) continue;
        index.set(event.streamId, {
          version: event.streamVersion,
          applied: [...(document?.applied ?? []), event.eventId],
        });
      }
    },
    async createGeneration(generation) {
      calls.push(`create ${generation}`);
      if (!indexes.has(generation)) indexes.set(generation, new Map());
    },
    async activateGeneration(generation, previous) {
      calls.push(`activate ${generation} after ${previous}`);
      alias = generation;
      if (previous !== null) indexes.delete(previous);
    },
    async dropGeneration(generation) {
      calls.push(`drop ${generation}`);
      indexes.delete(generation);
    },
  };
  return {
    projection,
    calls,
    alias: () => alias,
    /** The documents readers see (through the alias). */
    documents: () =>
      alias === null ? new Map<string, MemoryDocument>() : (indexes.get(alias) ?? new Map()),
  };
}
