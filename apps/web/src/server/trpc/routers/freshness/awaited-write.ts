import { logPositionSchema } from '@shop/domain';
import { z } from 'zod';
import { projectionNameSchema } from './projection-name';

/**
 * The write a page waits for: the command's stream and the log position its server action returned
 * (the consistency token, `"<xid>:<position>"`). The stream says which partition's checkpoint to ask.
 */
export const awaitedWriteSchema = z.object({
  streamId: z
    .string()
    .min(1, 'Stream id is required')
    .max(200, 'Stream id must be at most 200 characters'),
  position: logPositionSchema,
});
export type AwaitedWrite = z.input<typeof awaitedWriteSchema>;
export type ParsedAwaitedWrite = z.output<typeof awaitedWriteSchema>;

/** One projection, and optionally the write to wait for in it (`freshness.checkpoint`). */
export const checkpointInputSchema = z.object({
  projection: projectionNameSchema,
  awaiting: awaitedWriteSchema.optional(),
});

/** The stream route's query string: the same fields, flat. */
export const streamQuerySchema = awaitedWriteSchema.extend({ projection: projectionNameSchema });
