import { err, fromWire, ok, type Result } from '@shop/domain';
import { z } from 'zod';
import type { ReadModelsPrisma, ReadModelsTransaction } from '../prisma';
import { lockPartitionCheckpoint } from './checkpoint-store';
import { batchTransactionOptions, describeError } from './db';
import { deadLetterSelect, toDeadLetter, type DeadLetter } from './dead-letters';
import { lockActiveGeneration } from './generation-store';
import type { Projection } from './projection';

export const retryOutcomeSchema = z.object({
  /** Dead letters of the stream applied (and removed), in log order. */
  applied: z.number().int(),
  /** The one that failed again, which now heads the stream's dead letters; null if none did. */
  failed: z.object({ id: z.string(), error: z.string() }).nullable(),
  /** Dead letters of the stream still waiting. */
  remaining: z.number().int(),
});
export type RetryOutcome = z.infer<typeof retryOutcomeSchema>;

export type DeadLetterRefusal =
  | { readonly kind: 'NotFound'; readonly message: string }
  | { readonly kind: 'UnknownProjection'; readonly message: string }
  | { readonly kind: 'NotActiveGeneration'; readonly message: string }
  | { readonly kind: 'BlockedBehind'; readonly headId: string; readonly message: string }
  | { readonly kind: 'Undecodable'; readonly message: string };

export interface DeadLetterDeps {
  readonly prisma: ReadModelsPrisma;
  /** The projections whose handlers retries re-run, by name. */
  readonly projections: readonly Projection[];
}

type Step =
  | { readonly kind: 'applied' }
  | { readonly kind: 'done' }
  | { readonly kind: 'refused'; readonly refusal: DeadLetterRefusal }
  | { readonly kind: 'failed'; readonly letter: DeadLetter; readonly error: unknown };

/**
 * Re-runs a dead letter through its projection's handler, then the letters parked behind it (its
 * stream's later events) in log order, stopping at the first that fails again. Only the first dead
 * letter of its stream can be retried: the others wait for it, to keep the stream in order.
 */
export async function retryDeadLetter(
  deps: DeadLetterDeps,
  id: string,
): Promise<Result<RetryOutcome, DeadLetterRefusal>> {
  const anchor = await findLetter(deps.prisma, BigInt(id));
  if (!anchor) return err(notFound(id));
  if (anchor.event === null) return err(undecodable(anchor.id));
  let applied = 0;
  for (let first = true; ; first = false) {
    const step = await retryHead(deps, anchor, first);
    if (step.kind === 'applied') {
      applied += 1;
      continue;
    }
    if (step.kind === 'refused' && applied === 0) return err(step.refusal);
    let failed: RetryOutcome['failed'] = null;
    if (step.kind === 'failed') {
      await recordFailure(deps.prisma, step.letter, step.error);
      failed = { id: step.letter.id, error: describeError(step.error) };
    }
    return ok({ applied, failed, remaining: await remaining(deps.prisma, anchor) });
  }
}

/**
 * Drops a dead letter for good. When it headed its stream's dead letters, the ones parked behind it
 * are re-run at once (they were only waiting for it), as a retry would.
 */
export async function discardDeadLetter(
  deps: DeadLetterDeps,
  id: string,
): Promise<Result<{ discarded: string; retried: RetryOutcome | null }, DeadLetterRefusal>> {
  const letter = await findLetter(deps.prisma, BigInt(id));
  if (!letter) return err(notFound(id));
  const nextHead = await deps.prisma.$transaction(async (tx) => {
    await lockStream(tx, letter);
    await tx.projectionDeadLetter.deleteMany({ where: { id: BigInt(id) } });
    return letter.streamId === null ? null : repoint(tx, letter);
  }, batchTransactionOptions);
  if (letter.blockedBy !== null || nextHead === null) return ok({ discarded: id, retried: null });
  const retried = await retryDeadLetter(deps, nextHead);
  return ok({ discarded: id, retried: retried.ok ? retried.value : null });
}

/** One step: apply the current head of the anchor's stream and remove it, in one transaction. */
async function retryHead(deps: DeadLetterDeps, anchor: DeadLetter, first: boolean): Promise<Step> {
  const projection = deps.projections.find(({ name }) => name === anchor.projection);
  if (!projection) {
    return refused({
      kind: 'UnknownProjection',
      message: `No handler for projection ${anchor.projection} here.`,
    });
  }
  const attempt: { head: DeadLetter | null } = { head: null };
  try {
    return await deps.prisma.$transaction(async (tx): Promise<Step> => {
      const generation = await lockStream(tx, anchor);
      if (anchor.generation !== generation) {
        return refused({
          kind: 'NotActiveGeneration',
          message: `Dead letter ${anchor.id} belongs to generation ${anchor.generation}, not the active ${generation}.`,
        });
      }
      const head = await streamHead(tx, anchor);
      if (!head) return { kind: 'done' };
      if (first && head.id !== anchor.id) {
        return refused({
          kind: 'BlockedBehind',
          headId: head.id,
          message: `Dead letter ${anchor.id} waits behind ${head.id}, the first of its stream: retry that one.`,
        });
      }
      if (head.event === null) return refused(undecodable(head.id));
      attempt.head = head;
      const event = fromWire(JSON.stringify(head.event));
      if (projection.kind === 'postgres') await projection.apply(tx, event, { generation });
      else await projection.applyBatch([event], { generation });
      await tx.projectionDeadLetter.deleteMany({ where: { id: BigInt(head.id) } });
      await repoint(tx, head);
      return { kind: 'applied' };
    }, batchTransactionOptions);
  } catch (error) {
    if (attempt.head === null) throw error;
    return { kind: 'failed', letter: attempt.head, error };
  }
}

const refused = (refusal: DeadLetterRefusal): Step => ({ kind: 'refused', refusal });
const notFound = (id: string): DeadLetterRefusal => ({
  kind: 'NotFound',
  message: `No dead letter ${id}.`,
});
const undecodable = (id: string): DeadLetterRefusal => ({
  kind: 'Undecodable',
  message: `Dead letter ${id} is not an event and cannot be re-run: discard it.`,
});

/**
 * Serialises with the live projector: the same locks a batch of the letter's partition takes, in
 * the same order. Returns the active generation.
 */
async function lockStream(tx: ReadModelsTransaction, letter: DeadLetter): Promise<number> {
  const generation = await lockActiveGeneration(tx, letter.projection);
  if (letter.partition !== null)
    await lockPartitionCheckpoint(tx, letter.projection, letter.partition);
  return generation;
}

async function findLetter(
  db: ReadModelsPrisma | ReadModelsTransaction,
  id: bigint,
): Promise<DeadLetter | null> {
  const row = await db.projectionDeadLetter.findUnique({ where: { id }, select: deadLetterSelect });
  return row && toDeadLetter(row);
}

async function streamHead(
  tx: ReadModelsTransaction,
  letter: DeadLetter,
): Promise<DeadLetter | null> {
  const row = await tx.projectionDeadLetter.findFirst({
    where: {
      projection: letter.projection,
      generation: letter.generation,
      streamId: letter.streamId,
    },
    orderBy: { id: 'asc' },
    select: deadLetterSelect,
  });
  return row && toDeadLetter(row);
}

/** After the head left, the next letter of the stream heads it, and the rest wait behind that one. */
async function repoint(tx: ReadModelsTransaction, letter: DeadLetter): Promise<string | null> {
  const next = await streamHead(tx, letter);
  if (!next) return null;
  await tx.projectionDeadLetter.updateMany({
    where: {
      projection: letter.projection,
      generation: letter.generation,
      streamId: letter.streamId,
      id: { gt: BigInt(next.id) },
    },
    data: { blockedBy: BigInt(next.id) },
  });
  return next.id;
}

async function recordFailure(
  prisma: ReadModelsPrisma,
  letter: DeadLetter,
  error: unknown,
): Promise<void> {
  await prisma.projectionDeadLetter.updateMany({
    where: { id: BigInt(letter.id) },
    data: {
      status: 'failed',
      blockedBy: null,
      error: describeError(error),
      attempts: { increment: 1 },
      lastFailedAt: new Date(),
    },
  });
}

async function remaining(prisma: ReadModelsPrisma, letter: DeadLetter): Promise<number> {
  if (letter.streamId === null) return 0;
  return prisma.projectionDeadLetter.count({
    where: {
      projection: letter.projection,
      generation: letter.generation,
      streamId: letter.streamId,
    },
  });
}
