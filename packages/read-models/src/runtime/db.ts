import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';

/** Either the client or a transaction of it: what a read may run on. */
export type Db = ReadModelsPrisma | ReadModelsTransaction;

/**
 * Batches run long enough to apply ~500 events and may wait for the swap of a rebuild: Prisma's
 * defaults (2 s to get a connection, 5 s to run) would abort them under load.
 */
export const batchTransactionOptions = { maxWait: 60_000, timeout: 120_000 } as const;

/** A thrown value as one line for a log or a dead letter, bounded so a huge message cannot bloat a row. */
export function describeError(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : `Thrown: ${String(error)}`;
  return text.length > 4_000 ? `${text.slice(0, 4_000)}…` : text;
}
