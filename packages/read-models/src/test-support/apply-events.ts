import type { RecordedEvent } from '@shop/domain';
import type { ReadModelsPrisma } from '../prisma';
import type { PostgresProjection } from '../runtime/projection';

/**
 * Applies events to a projection as the runtime does (one transaction per event, in the order
 * given), without a broker or checkpoints: what read-model tests need of the runtime.
 */
export async function applyEvents(
  prisma: ReadModelsPrisma,
  projection: PostgresProjection,
  events: readonly RecordedEvent[],
  generation = 1,
): Promise<void> {
  for (const event of events) {
    await prisma.$transaction((tx) => projection.apply(tx, event, { generation }));
  }
}

/** Moves one partition's checkpoint of a projection to `event`, as the runtime's batch does. */
export async function recordCheckpoint(
  prisma: ReadModelsPrisma,
  projection: string,
  partition: number,
  event: RecordedEvent,
): Promise<void> {
  const position = { transactionId: event.transactionId, globalPosition: event.globalPosition };
  await prisma.projectionPartitionCheckpoint.upsert({
    where: { projection_partition: { projection, partition } },
    create: { projection, partition, ...position },
    update: position,
    select: { partition: true },
  });
}
