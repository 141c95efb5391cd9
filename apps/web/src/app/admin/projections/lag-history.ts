/** Samples kept per projection: a minute of the console's one-second polls. */
export const lagHistorySize = 60;

export interface LagSample {
  readonly events: number;
  readonly seconds: number;
}

/** Each projection's recent lag samples, oldest first, and when the last poll was taken. */
export interface LagHistory {
  readonly takenAt: number;
  readonly samples: Readonly<Record<string, readonly LagSample[]>>;
}

export const emptyLagHistory: LagHistory = { takenAt: 0, samples: {} };

/**
 * Adds one poll's lag per projection, keeping the newest `size` of each. Projections gone from the
 * poll are dropped; a poll already added (same `takenAt`) changes nothing.
 */
export function addLagSamples(
  history: LagHistory,
  poll: readonly { projection: string; lagEvents: number; lagSeconds: number }[],
  takenAt: number,
  size = lagHistorySize,
): LagHistory {
  if (takenAt === history.takenAt) return history;
  const samples: Record<string, readonly LagSample[]> = {};
  for (const { projection, lagEvents, lagSeconds } of poll) {
    const previous = history.samples[projection] ?? [];
    samples[projection] = [...previous, { events: lagEvents, seconds: lagSeconds }].slice(-size);
  }
  return { takenAt, samples };
}

/**
 * An SVG polyline's points for `values` in a `width` × `height` box: the newest at the right edge,
 * one step per sample slot (so a short history grows from the right), zero on the bottom line.
 */
export function sparklinePoints(
  values: readonly number[],
  { width, height, slots = lagHistorySize }: { width: number; height: number; slots?: number },
): string {
  if (values.length === 0) return '';
  const top = Math.max(...values, 1);
  const step = width / Math.max(slots - 1, 1);
  const start = width - step * (values.length - 1);
  const round = (n: number) => Math.round(n * 100) / 100;
  return values
    .map(
      (value, index) => `${round(start + step * index)},${round(height - (value / top) * height)}`,
    )
    .join(' ');
}
