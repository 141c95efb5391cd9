import type { ProjectionBacklog } from '@shop/read-models/read-side';

export type { PartitionBacklog, ProjectionBacklog } from '@shop/read-models/read-side';

/** What a page tells the shopper about a read model, worst first (as the runtime's health). */
export const freshnessStatuses = ['stalled', 'rebuilding', 'failed', 'lagging', 'live'] as const;
export type FreshnessStatus = (typeof freshnessStatuses)[number];

export interface FreshnessBounds {
  /** An oldest waiting event older than this makes the read model stale. */
  readonly staleAfterMs: number;
  /** Waiting events with no progress for this long: nothing is applying them. */
  readonly stallAfterMs: number;
}

export interface Freshness {
  readonly status: FreshnessStatus;
  readonly stale: boolean;
  readonly lagSeconds: number;
  readonly lagEvents: number;
  readonly lagCapped: boolean;
}

/**
 * The staleness rule: stalled (events wait and nothing has moved for the stall bound: a stopped
 * projector never looks healthy), then rebuilding (readers see the previous generation), then
 * failed (events it could not apply wait in its dead letters: its view misses them until an admin
 * retries them), then lagging (the oldest waiting event is older than the bound). Anything but
 * live is stale.
 */
export function freshnessOf(backlog: ProjectionBacklog, bounds: FreshnessBounds): Freshness {
  const now = backlog.now.getTime();
  const waiting = backlog.partitions.filter((partition) => partition.waiting > 0);
  const ageMs = (at: Date | null) => (at ? Math.max(0, now - at.getTime()) : 0);
  const lagMs = Math.max(0, ...waiting.map((partition) => ageMs(partition.oldest)));
  const stalled = waiting.some((partition) => {
    const since = Math.max(partition.updatedAt?.getTime() ?? 0, partition.oldest?.getTime() ?? 0);
    return now - since > bounds.stallAfterMs;
  });
  const status: FreshnessStatus = stalled
    ? 'stalled'
    : backlog.rebuilding
      ? 'rebuilding'
      : backlog.failedDeadLetters > 0
        ? 'failed'
        : lagMs > bounds.staleAfterMs
          ? 'lagging'
          : 'live';
  return {
    status,
    stale: status !== 'live',
    lagSeconds: lagMs / 1_000,
    lagEvents: waiting.reduce((sum, partition) => sum + partition.waiting, 0),
    lagCapped: backlog.partitions.some((partition) => partition.capped),
  };
}
