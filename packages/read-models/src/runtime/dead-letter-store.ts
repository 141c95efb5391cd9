import { toWire } from '@shop/domain';
import type { ReadModelsTransaction } from '../prisma';
import { correlationIdOf, streamIdOf, type BatchItem } from './batch-item';
import { describeError, type Db } from './db';
import { partitionOf } from './partitions';
import type { Failure } from './settle-batch';

export type DeadLetterStatus = 'failed' | 'parked';

export interface NewDeadLetter {
  readonly projection: string;
  readonly generation: number;
  readonly item: BatchItem;
  readonly failure: Failure;
  /** The first dead letter of the item's stream, when the item waits behind it. */
  readonly blockedBy: bigint | null;
}

/** Stores a dead letter; a repeat of one already stored (same event, generation) is ignored. */
export async function insertDeadLetter(
  tx: ReadModelsTransaction,
  letter: NewDeadLetter,
): Promise<void> {
  const { item, failure, blockedBy } = letter;
  const event = item.kind === 'event' ? item.event : null;
  const streamId = streamIdOf(item);
  const status: DeadLetterStatus = blockedBy === null ? 'failed' : 'parked';
  await tx.$executeRaw`
    INSERT INTO "projection_dead_letters" (
      "projection", "generation", "status", "event_id", "stream_id", "partition",
      "transaction_id", "global_position", "event_type", "event", "raw_body", "stream_sequence",
      "correlation_id", "error", "attempts", "first_failed_at", "last_failed_at", "blocked_by")
    VALUES (
      ${letter.projection}, ${letter.generation}, ${status}, ${event?.eventId ?? null}::uuid,
      ${streamId}, ${streamId === null ? null : partitionOf(streamId)},
      ${event?.transactionId ?? null}::bigint, ${event?.globalPosition ?? null}::bigint,
      ${event?.type ?? null}, ${event ? toWire(event) : null}::jsonb,
      ${item.kind === 'undecodable' ? item.body : null}, ${item.sequence}::bigint,
      ${correlationIdOf(item)}, ${describeError(failure.error)}, ${failure.attempts},
      ${failure.firstFailedAt}, ${failure.lastFailedAt}, ${blockedBy}::bigint)
    ON CONFLICT ("projection", "generation", "event_id") DO NOTHING`;
}

/**
 * The streams among `streamIds` that hold dead letters in this generation, each with its first
 * one: their later events must wait behind it to keep per-stream order.
 */
export async function blockedStreams(
  db: Db,
  projection: string,
  generation: number,
  streamIds: readonly string[],
): Promise<Map<string, bigint>> {
  if (streamIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ stream_id: string; head: bigint }[]>`
    SELECT "stream_id", min("id") AS "head"
    FROM "projection_dead_letters"
    WHERE "projection" = ${projection} AND "generation" = ${generation}
      AND "stream_id" = ANY(${[...new Set(streamIds)]}::text[])
    GROUP BY "stream_id"`;
  return new Map(rows.map((row) => [row.stream_id, row.head]));
}
