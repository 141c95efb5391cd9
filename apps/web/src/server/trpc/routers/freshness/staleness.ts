/** What a page tells the shopper about a read model, worst first. */
export const freshnessStatuses = ['stalled', 'rebuilding', 'lagging', 'live'] as const;
export type FreshnessStatus = (typeof freshnessStatuses)[number];

/** One partition's unapplied events, as the staleness query counts them. */
export interface PartitionBacklog {
  readonly waiting: number;
  /** The count stopped at the scan limit: there may be more. */
  readonly capped: boolean;
  /** When the oldest waiting event was recorded. */
  readonly oldest: Date | null;
  /** When the partition's checkpoint last moved; null if it never did. */
  readonly updatedAt: Date | null;
}

export interface ProjectionBacklog {
  /** The database's clock, which wrote every timestamp compared with it. */
  readonly now: Date;
  readonly rebuilding: boolean;
  readonly partitions: readonly PartitionBacklog[];
}

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
 * lagging (the oldest waiting event is older than the bound). Anything but live is stale.
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
