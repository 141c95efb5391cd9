import { z } from 'zod';
import { eventMetadataSchema } from '../shared/envelope';
import type { NewEvent } from './port';

/**
 * W3C trace context `traceparent` (https://www.w3.org/TR/trace-context/#traceparent-header):
 * version-traceid-parentid-flags in lowercase hex; version ff and all-zero ids are invalid.
 */
export const traceparentSchema = z
  .string()
  .regex(
    /^(?!ff)[\da-f]{2}-(?!0{32})[\da-f]{32}-(?!0{16})[\da-f]{16}-[\da-f]{2}$/,
    'traceparent must be a W3C trace context such as 00-<32 hex>-<16 hex>-01',
  );

/** The metadata every stored event must carry, traceparent checked for its format. */
export const storedMetadataSchema = eventMetadataSchema.extend({
  traceparent: traceparentSchema.optional(),
});

const newEventSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  data: z.unknown().refine((data) => data !== undefined, 'data is required'),
  metadata: storedMetadataSchema,
});

/**
 * The log is immutable and read by every consumer, so a malformed envelope must never reach it.
 * This is a programming error, not user input: it throws.
 */
export function assertWellFormed(streamId: string, events: readonly NewEvent[]): void {
  const parsed = z.array(newEventSchema).min(1).safeParse(events);
  if (!parsed.success) {
    throw new TypeError(
      `appendToStream(${streamId}) got malformed events:\n${z.prettifyError(parsed.error)}`,
    );
  }
}
