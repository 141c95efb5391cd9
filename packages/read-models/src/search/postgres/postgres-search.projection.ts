import { productStreamCategory, type RecordedEvent } from '@shop/domain';
import type { ReadModelsTransaction } from '../../prisma';
import type { PostgresProjection } from '../../runtime/projection';
import { noProductPart, noStockPart, type DocumentPart } from '../search-document';
import { evolveProductPart, evolveStockPart } from '../search-document.evolve';
import {
  searchCategories,
  searchEventTypes,
  searchTargetOf,
  type SearchTarget,
} from '../search-events';
import {
  adjustTerms,
  dropSearchGeneration,
  readProductParts,
  readStockParts,
  writeProducts,
  writeStock,
} from './postgres-search.store';
import { diffTerms, termsOf } from './search-terms';

export const postgresSearchProjectionName = 'search-postgres';

/**
 * The Postgres search engine's rows, written in the checkpoint's transaction. A product's two
 * streams write separate rows (search_products, search_stock), so they never overwrite each
 * other even when they are applied by different partitions at the same time.
 */
export const postgresSearchProjection: PostgresProjection = {
  kind: 'postgres',
  name: postgresSearchProjectionName,
  categories: searchCategories,
  handles: searchEventTypes,
  apply: (tx, event, { generation }) => applyEvents(tx, [event], generation),
  applyBatch: (tx, events, { generation }) => applyEvents(tx, events, generation),
  dropGeneration: dropSearchGeneration,
};

type Targeted = SearchTarget & { readonly event: RecordedEvent };

/** Each product's part before the events and after them, folded in log order. */
function foldParts<State>(
  targets: readonly Targeted[],
  stored: ReadonlyMap<string, DocumentPart<State>>,
  none: DocumentPart<State>,
  evolve: (part: DocumentPart<State>, event: RecordedEvent) => DocumentPart<State>,
): Map<string, { before: DocumentPart<State>; after: DocumentPart<State> }> {
  const parts = new Map<string, { before: DocumentPart<State>; after: DocumentPart<State> }>();
  for (const { productId, event } of targets) {
    const before = parts.get(productId)?.before ?? stored.get(productId) ?? none;
    const current = parts.get(productId)?.after ?? before;
    parts.set(productId, { before, after: evolve(current, event) });
  }
  return parts;
}

const productIdsOf = (targets: readonly Targeted[]) => [
  ...new Set(targets.map(({ productId }) => productId)),
];

/**
 * Events in log order, with the effect of applying them one at a time: each product's parts are
 * read once, folded through its events and written once if they changed, and the words of the
 * listings that changed are counted in or out together (a product's share of a word's count only
 * depends on its listing before and after).
 */
async function applyEvents(
  tx: ReadModelsTransaction,
  events: readonly RecordedEvent[],
  generation: number,
): Promise<void> {
  const targets = events.map((event) => ({ ...searchTargetOf(event), event }));
  const ofProducts = targets.filter(({ stream }) => stream === productStreamCategory);
  const ofStock = targets.filter(({ stream }) => stream !== productStreamCategory);
  const products = foldParts(
    ofProducts,
    await readProductParts(tx, generation, productIdsOf(ofProducts)),
    noProductPart,
    evolveProductPart,
  );
  // Unchanged: already reflected. No state: only events of a product never added.
  const listings = [...products].flatMap(([productId, { before, after }]) =>
    after === before || after.state === null
      ? []
      : [{ productId, before: before.state, part: { ...after, state: after.state } }],
  );
  await writeProducts(tx, generation, listings);
  const diffs = listings.map(({ before, part }) => diffTerms(termsOf(before), termsOf(part.state)));
  await adjustTerms(tx, generation, {
    added: diffs.flatMap(({ added }) => added),
    removed: diffs.flatMap(({ removed }) => removed),
  });
  const stock = foldParts(
    ofStock,
    await readStockParts(tx, generation, productIdsOf(ofStock)),
    noStockPart,
    evolveStockPart,
  );
  await writeStock(
    tx,
    generation,
    [...stock].flatMap(([productId, { before, after }]) =>
      after === before ? [] : [{ productId, part: after }],
    ),
  );
}
