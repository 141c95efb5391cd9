import type { ReadModelsTransaction } from '../prisma';

const lockKey = (projection: string, generation: number, entityId: string) =>
  `${projection}:${generation}:${entityId}`;

/**
 * Serialises the transactions that read and rewrite one entity's rows of a projection. Events of
 * different streams (a product and its inventory; an order and its customer) are applied
 * concurrently by different partitions: without this, two read-evolve-write cycles on one row
 * would each write over the other's change. Held until the transaction ends.
 */
export async function lockEntity(
  tx: ReadModelsTransaction,
  projection: string,
  generation: number,
  entityId: string,
): Promise<void> {
  const key = lockKey(projection, generation, entityId);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}::text, 0))`;
}

/**
 * `lockEntity` for every entity of a batch, in one statement. Taken in the order of the lock ids
 * themselves, the same in every transaction, so two batches sharing entities wait on each other
 * instead of deadlocking (a single `lockEntity` holds one lock at a time, so it cannot close a
 * cycle either).
 */
export async function lockEntities(
  tx: ReadModelsTransaction,
  projection: string,
  generation: number,
  entityIds: readonly string[],
): Promise<void> {
  if (entityIds.length === 0) return;
  const keys = [...new Set(entityIds)].map((id) => lockKey(projection, generation, id));
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(lock_id)
    FROM (
      SELECT DISTINCT hashtextextended(key, 0) AS lock_id
      FROM unnest(${keys}::text[]) AS key
      ORDER BY lock_id
      OFFSET 0
    ) AS ordered`;
}
