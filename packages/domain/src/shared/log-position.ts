import { z } from 'zod';

/**
 * A place in the log, in commit order: the appending transaction's id (xid8), then the global
 * position within it. The bigserial alone is not monotone in commit order (a transaction that began
 * first can hold positions 10 and 12 while a later one holds 11), so positions compare as pairs.
 */
export interface LogPosition {
  readonly transactionId: bigint;
  readonly globalPosition: bigint;
}

export const logStart: LogPosition = { transactionId: 0n, globalPosition: 0n };

export function compareLogPositions(a: LogPosition, b: LogPosition): -1 | 0 | 1 {
  if (a.transactionId !== b.transactionId) return a.transactionId < b.transactionId ? -1 : 1;
  if (a.globalPosition !== b.globalPosition) return a.globalPosition < b.globalPosition ? -1 : 1;
  return 0;
}

export const isAtOrAfter = (position: LogPosition, target: LogPosition): boolean =>
  compareLogPositions(position, target) >= 0;

/** Serialised as `"<transactionId>:<globalPosition>"`, e.g. for a consistency token in a URL. */
export function formatLogPosition(position: LogPosition): string {
  return `${position.transactionId}:${position.globalPosition}`;
}

export const logPositionSchema = z
  .string()
  .regex(/^\d{1,20}:\d{1,20}$/, 'A log position looks like "<transactionId>:<globalPosition>"')
  .transform((text): LogPosition => {
    const [transactionId = '0', globalPosition = '0'] = text.split(':');
    return { transactionId: BigInt(transactionId), globalPosition: BigInt(globalPosition) };
  });

export const parseLogPosition = (text: string): LogPosition => logPositionSchema.parse(text);
