import { isAtOrAfter, logPositionSchema, parseLogPosition, type LogPosition } from '@shop/domain';
import { z } from 'zod';

/**
 * A reader may pass the position a command returned (its consistency token) and learn whether the
 * catalog has applied it yet. Positions are compared as pairs on the server, so the browser never
 * handles bigints or compares the strings.
 */
export const awaitingInputSchema = z.object({ awaiting: logPositionSchema.optional() });

/** A checkpoint on the wire: `"<xid>:<position>"`, or null before the catalog read anything. */
export const checkpointOutputSchema = logPositionSchema.in.nullable();

export function hasReached(checkpoint: string | null, awaiting: LogPosition | undefined): boolean {
  if (awaiting === undefined) return true;
  return checkpoint !== null && isAtOrAfter(parseLogPosition(checkpoint), awaiting);
}
