import type { Logger } from 'pino';
import type { ReadModelsPrisma } from '../prisma';
import { batchTransactionOptions } from './db';
import { clearRetired, markReady, readProjectionRow, registerProjection } from './generation-store';
import type { Projection } from './projection';

/**
 * Registers a projection and makes sure the generation it writes exists (an external projection's
 * first index, created and activated once). Safe to run from several workers at once: the external
 * calls must tolerate being repeated.
 */
export async function prepareProjection(
  prisma: ReadModelsPrisma,
  projection: Projection,
  logger: Logger,
): Promise<void> {
  const row = await registerProjection(prisma, projection);
  if (!row.ready && projection.kind === 'external') {
    await projection.createGeneration(row.activeGeneration);
    await projection.activateGeneration(row.activeGeneration, null);
    await markReady(prisma, projection.name);
    logger.info(
      { projection: projection.name, generation: row.activeGeneration },
      'generation created',
    );
  }
  await finishRetirement(prisma, projection, logger);
}

/**
 * The part of a swap that runs after its commit: drop the replaced generation's rows, or for an
 * external projection point readers at the new generation (and drop the old). Until it has run, the
 * replaced generation is recorded as retired, so a crash in between is finished at the next start.
 */
export async function finishRetirement(
  prisma: ReadModelsPrisma,
  projection: Projection,
  logger: Logger,
): Promise<void> {
  const row = await readProjectionRow(prisma, projection.name);
  const retired = row?.retiredGeneration ?? null;
  if (row === null || retired === null) return;
  if (projection.kind === 'postgres') {
    await prisma.$transaction(
      (tx) => projection.dropGeneration(tx, retired),
      batchTransactionOptions,
    );
  } else {
    await projection.activateGeneration(row.activeGeneration, retired);
  }
  await clearRetired(prisma, projection.name, retired);
  logger.info(
    { projection: projection.name, retired, active: row.activeGeneration },
    'old generation retired',
  );
}
