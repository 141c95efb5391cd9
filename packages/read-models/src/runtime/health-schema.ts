import { z } from 'zod';
import { partitionCheckpointSchema } from './checkpoint';
import { rebuildProgressSchema } from './rebuild-requests';

/**
 * - stalled: events wait in a partition and it has made no progress for the stall bound (its
 *   worker stopped, or is stuck): a stopped projector never looks healthy.
 * - rebuilding: a rebuild is filling the next generation; readers still see the old one.
 * - failed: it holds failed dead letters, so its view misses those events (and the later events of
 *   their streams) until an admin retries or discards them. It keeps applying everything else.
 * - catching_up: it is progressing, but its oldest waiting event is older than the lag bound.
 * - live: none of these. The first that applies wins, in this order.
 */
export const projectionStatuses = [
  'stalled',
  'rebuilding',
  'failed',
  'catching_up',
  'live',
] as const;
export type ProjectionStatus = (typeof projectionStatuses)[number];

export const partitionHealthSchema = partitionCheckpointSchema.extend({
  /** The worker that owns the partition, while its heartbeat is fresh. */
  owner: z.string().nullable(),
  heartbeatAt: z.date().nullable(),
  /** Events per second its owner reports. */
  rate: z.number(),
  /** Events of the projection's categories in this partition beyond its checkpoint. */
  lagEvents: z.number().int(),
  /** The count stopped at the scan limit: there may be more. */
  lagCapped: z.boolean(),
  /** Age of its oldest waiting event. */
  lagSeconds: z.number(),
  stalled: z.boolean(),
});
export type PartitionHealth = z.infer<typeof partitionHealthSchema>;

export const projectionHealthSchema = z.object({
  projection: z.string(),
  kind: z.enum(['postgres', 'external']),
  status: z.enum(projectionStatuses),
  activeGeneration: z.number().int(),
  rebuildingGeneration: z.number().int().nullable(),
  /** The lowest partition checkpoint: a position every partition has reached. */
  checkpoint: z.string().nullable(),
  /** The latest readable event of its categories in the event store. */
  highWaterMark: z.string().nullable(),
  highWaterRecordedAt: z.date().nullable(),
  lagEvents: z.number().int(),
  lagCapped: z.boolean(),
  lagSeconds: z.number(),
  /** Events per second, summed over the partitions' live owners. */
  rate: z.number(),
  lastProgressAt: z.date().nullable(),
  /** Partitions without a worker whose heartbeat is fresh. */
  unownedPartitions: z.number().int(),
  deadLetters: z.object({ failed: z.number().int(), parked: z.number().int() }),
  partitions: z.array(partitionHealthSchema),
  /** The newest rebuild, running or finished. */
  rebuild: rebuildProgressSchema.nullable(),
  checkedAt: z.date(),
});
export type ProjectionHealth = z.infer<typeof projectionHealthSchema>;

export interface HealthOptions {
  /** Lag with no progress for this long is a stall. Default 5 s. */
  readonly stallAfterMs?: number;
  /** An oldest waiting event older than this means catching up. Default: the stall bound. */
  readonly lagBoundMs?: number;
  /** A heartbeat older than this is a dead owner. Default 3 s (heartbeats come every second). */
  readonly heartbeatStaleMs?: number;
  /** Events examined per partition when counting lag. Default 1 000. */
  readonly scanLimit?: number;
}
