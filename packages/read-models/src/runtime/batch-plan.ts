import type { RecordedEvent } from '@shop/domain';
import type { BatchItem } from './batch-item';
import { blockedStreams } from './dead-letter-store';
import type { Db } from './db';
import type { FreshItem } from './fresh-items';
import { categoryOf } from './partitions';
import type { Projection } from './projection';

/** What a batch does with each fresh item. */
export type Step =
  | { readonly action: 'apply'; readonly event: RecordedEvent; readonly index: number }
  /** An event of a stream with a dead letter: stored behind that letter, not applied. */
  | { readonly action: 'park'; readonly item: BatchItem; readonly blockedBy: bigint }
  /** Not the projection's (another category, a type it does not handle): only moves the cursor. */
  | { readonly action: 'skip' };

export const handlesEvent = (projection: Projection, event: RecordedEvent): boolean =>
  projection.handles.includes(event.type) &&
  projection.categories.includes(categoryOf(event.streamId));

export async function planBatch(
  db: Db,
  projection: Projection,
  generation: number,
  fresh: readonly FreshItem[],
): Promise<Step[]> {
  const relevant = fresh.flatMap(({ item }) =>
    item.kind === 'event' && handlesEvent(projection, item.event) ? [item.event.streamId] : [],
  );
  const blocked = await blockedStreams(db, projection.name, generation, relevant);
  return fresh.map(({ item, index }): Step => {
    if (item.kind !== 'event' || !handlesEvent(projection, item.event)) return { action: 'skip' };
    const blockedBy = blocked.get(item.event.streamId);
    if (blockedBy !== undefined) return { action: 'park', item, blockedBy };
    return { action: 'apply', event: item.event, index };
  });
}

/** Two plans park the same items behind the same letters (the external path's re-check). */
export function sameParking(a: readonly Step[], b: readonly Step[]): boolean {
  const parked = (steps: readonly Step[]) =>
    steps.map((step) => (step.action === 'park' ? String(step.blockedBy) : '-')).join(',');
  return parked(a) === parked(b);
}
