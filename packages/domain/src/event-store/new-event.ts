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

// Built once, not per call: they are on every append's path.
const envelopeSchema = z.object({
  eventId: z.uuid(),
  type: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  data: z.unknown().refine((data) => data !== undefined, 'data is required'),
});

const at = (path: PropertyKey[]) => (issue: z.core.$ZodIssue) => ({
  ...issue,
  path: [...path, ...issue.path],
});

/**
 * The log is immutable and read by every consumer, so a malformed envelope must never reach it.
 * This is a programming error, not user input: it throws. The events of one command share their
 * metadata object, so each distinct one is checked once rather than once per event: its uuid
 * checks were most of the cost of a batched append's validation.
 */
export function assertWellFormed(streamId: string, events: readonly NewEvent[]): void {
  const issues: z.core.$ZodIssue[] = [];
  const metadataChecked = new Set<unknown>();
  events.forEach((event, index) => {
    const envelope = envelopeSchema.safeParse(event);
    if (!envelope.success) issues.push(...envelope.error.issues.map(at([index])));
    if (metadataChecked.has(event.metadata)) return;
    metadataChecked.add(event.metadata);
    const metadata = storedMetadataSchema.safeParse(event.metadata);
    if (!metadata.success) issues.push(...metadata.error.issues.map(at([index, 'metadata'])));
  });
  if (issues.length > 0) {
    throw new TypeError(
      `appendToStream(${streamId}) got malformed events:\n${z.prettifyError(new z.ZodError(issues))}`,
    );
  }
}
