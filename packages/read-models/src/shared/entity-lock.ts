import type { ReadModelsTransaction } from '../prisma';

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
  const key = `${projection}:${generation}:${entityId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}::text, 0))`;
}
