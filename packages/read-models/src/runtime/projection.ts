import type { RecordedEvent } from '@shop/domain';
import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';
import { advanceProjectionCheckpoint } from './checkpoint';

/** A Postgres read model fed by the events of one stream category. */
export interface Projection {
  /** Names its checkpoint and, by default, its durable consumer: renaming it rebuilds from scratch. */
  readonly name: string;
  /** The stream category it reads, e.g. `product` (subjects `<prefix>.product.>`). */
  readonly subjectFilter: string;
  /** Event types it applies; others of the category only move its checkpoint. */
  readonly handles: readonly string[];
  /** Writes the event's effect; runs inside the transaction that moves the checkpoint. */
  apply(tx: ReadModelsTransaction, event: RecordedEvent): Promise<void>;
}

/** `ignored`: a type the projection does not handle; only its checkpoint moved. */
export type ApplyOutcome = 'applied' | 'ignored' | 'skipped';

/**
 * Applies one event exactly once in effect: the checkpoint moves and the handler writes in one
 * transaction, and an event at or below the checkpoint (a redelivery, a duplicate publish) is
 * skipped. Delivery is at least once; this is what makes the effect exactly once.
 */
export function applyEvent(
  prisma: ReadModelsPrisma,
  projection: Projection,
  event: RecordedEvent,
): Promise<ApplyOutcome> {
  return prisma.$transaction(async (tx) => {
    const isNew = await advanceProjectionCheckpoint(tx, projection.name, event);
    if (!isNew) return 'skipped';
    if (!projection.handles.includes(event.type)) return 'ignored';
    await projection.apply(tx, event);
    return 'applied';
  });
}
