import { formatLogPosition } from '@shop/domain';
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import type { Db } from './db';

const idSchema = z.string().regex(/^\d{1,19}$/, 'a dead letter id is a positive integer');

export const deadLetterSchema = z.object({
  id: idSchema,
  projection: z.string(),
  /** The generation it failed in: the active one, or a rebuild's (retried only once swapped in). */
  generation: z.number().int(),
  /** failed: its handler threw N times; parked: waiting behind an earlier dead letter of its stream. */
  status: z.enum(['failed', 'parked']),
  eventId: z.string().nullable(),
  eventType: z.string().nullable(),
  streamId: z.string().nullable(),
  partition: z.number().int().nullable(),
  position: z.string().nullable(),
  streamSequence: z.number().int().nullable(),
  correlationId: z.string().nullable(),
  /** The event as published (JSON), or null for a body that was not an event (see rawBody). */
  event: z.unknown(),
  rawBody: z.string().nullable(),
  error: z.string(),
  attempts: z.number().int(),
  firstFailedAt: z.date(),
  lastFailedAt: z.date(),
  blockedBy: idSchema.nullable(),
});
export type DeadLetter = z.infer<typeof deadLetterSchema>;

export const listDeadLettersInputSchema = z.object({
  projection: z.string().min(1).optional(),
  status: z.enum(['failed', 'parked']).optional(),
  /** Returns letters with a greater id: the previous page's nextAfterId. */
  afterId: idSchema.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ListDeadLettersInput = z.input<typeof listDeadLettersInputSchema>;

export const deadLetterPageSchema = z.object({
  letters: z.array(deadLetterSchema),
  nextAfterId: idSchema.nullable(),
});
export type DeadLetterPage = z.infer<typeof deadLetterPageSchema>;

export const deadLetterSelect = {
  id: true,
  projection: true,
  generation: true,
  status: true,
  eventId: true,
  eventType: true,
  streamId: true,
  partition: true,
  transactionId: true,
  globalPosition: true,
  streamSequence: true,
  correlationId: true,
  event: true,
  rawBody: true,
  error: true,
  attempts: true,
  firstFailedAt: true,
  lastFailedAt: true,
  blockedBy: true,
} satisfies Prisma.ProjectionDeadLetterSelect;

type Row = Prisma.ProjectionDeadLetterGetPayload<{ select: typeof deadLetterSelect }>;

export function toDeadLetter({ transactionId, globalPosition, ...row }: Row): DeadLetter {
  return {
    ...row,
    id: String(row.id),
    status: row.status === 'parked' ? 'parked' : 'failed',
    position:
      transactionId === null || globalPosition === null
        ? null
        : formatLogPosition({ transactionId, globalPosition }),
    streamSequence: row.streamSequence === null ? null : Number(row.streamSequence),
    blockedBy: row.blockedBy === null ? null : String(row.blockedBy),
  };
}

/** Dead letters oldest first, a page at a time. */
export async function listDeadLetters(
  db: Db,
  input: ListDeadLettersInput = {},
): Promise<DeadLetterPage> {
  const { projection, status, afterId, limit } = listDeadLettersInputSchema.parse(input);
  const rows = await db.projectionDeadLetter.findMany({
    where: {
      ...(projection ? { projection } : {}),
      ...(status ? { status } : {}),
      ...(afterId ? { id: { gt: BigInt(afterId) } } : {}),
    },
    orderBy: { id: 'asc' },
    take: limit + 1,
    select: deadLetterSelect,
  });
  const letters = rows.slice(0, limit).map(toDeadLetter);
  return { letters, nextAfterId: rows.length > limit ? (letters.at(-1)?.id ?? null) : null };
}

export { idSchema as deadLetterIdSchema };
