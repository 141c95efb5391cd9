import { inventoryStreamId, productStreamId, type RecordedEvent } from '@shop/domain';
import {
  externalVersion,
  toPartSource,
  toSearchSource,
  type PartSource,
  type SearchSource,
} from '../elasticsearch/search-source';
import type { mockCluster, SeenRequest } from './mock-cluster';
import { documentFrom } from './search-events';

type Source = SearchSource | PartSource;

interface BulkAction {
  index: { _index: string; _id: string; version: number; version_type: string };
}

/** The write actions of a bulk request body (every other line is a document). */
export const bulkActions = (request: SeenRequest | undefined): BulkAction['index'][] =>
  ((request?.body ?? []) as object[])
    .filter((_, position) => position % 2 === 0)
    .map((line) => (line as BulkAction).index);

export const bulkSources = (request: SeenRequest | undefined): Source[] =>
  ((request?.body ?? []) as object[]).filter((_, position) => position % 2 === 1) as Source[];

/**
 * One index of the mocked cluster that keeps documents and enforces external versions as
 * Elasticsearch does: a write whose version is not above the stored one is a 409 item.
 */
export function versionedIndex(cluster: ReturnType<typeof mockCluster>, index: string) {
  const stored = new Map<string, { version: number; source: Source }>();
  let afterNextRead: (() => void) | undefined;

  cluster.on('POST', `/${index}/_mget`, ({ body }) => {
    const docs = (body as { ids: string[] }).ids.map((id) => {
      const document = stored.get(id);
      return document
        ? {
            _index: index,
            _id: id,
            found: true,
            _version: document.version,
            _source: document.source,
          }
        : { _index: index, _id: id, found: false };
    });
    const hook = afterNextRead;
    afterNextRead = undefined;
    hook?.();
    return { docs };
  });

  cluster.on('POST', '/_bulk', (request) => {
    const sources = bulkSources(request);
    const items = bulkActions(request).map(({ _id, version }, position) => {
      const current = stored.get(_id);
      if (current && current.version >= version) {
        const reason = `[${_id}]: version conflict, current version [${current.version}] is higher or equal to the one provided [${version}]`;
        const error = { type: 'version_conflict_engine_exception', reason };
        return { index: { _index: index, _id, status: 409, error } };
      }
      stored.set(_id, { version, source: sources[position] as Source });
      return { index: { _index: index, _id, status: 201, result: 'created', _version: version } };
    });
    return { errors: items.some((item) => item.index.status >= 300), items };
  });

  return {
    stored,
    source: (id: string) => stored.get(id)?.source,
    /** Stores the parts and the search document these events make, as earlier writes would. */
    putFrom(events: readonly RecordedEvent[]) {
      const document = documentFrom(events);
      const { productId, productVersion, product, inventoryVersion, stock } = document;
      stored.set(productStreamId(productId), {
        version: productVersion,
        source: toPartSource({ version: productVersion, state: product }),
      });
      if (inventoryVersion > 0) {
        stored.set(inventoryStreamId(productId), {
          version: inventoryVersion,
          source: toPartSource({ version: inventoryVersion, state: stock }),
        });
      }
      stored.set(productId, {
        version: externalVersion(document),
        source: toSearchSource(document),
      });
    },
    /** Stores one stream's part as those events make it, as that stream's partition would. */
    putPart(events: readonly RecordedEvent[], stream: 'product' | 'inventory') {
      const { productId, productVersion, product, inventoryVersion, stock } = documentFrom(events);
      const [id, part] =
        stream === 'product'
          ? [productStreamId(productId), { version: productVersion, state: product }]
          : [inventoryStreamId(productId), { version: inventoryVersion, state: stock }];
      stored.set(id, { version: part.version, source: toPartSource(part) });
    },
    /** Runs `write` right after the next read: another writer getting in between. */
    meanwhile(write: () => void) {
      afterNextRead = write;
    },
  };
}
