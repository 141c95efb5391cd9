import type { RebuildProgressView } from '~/server/trpc/routers/projections/rebuild.types';

/**
 * Where a rebuild stands, as the console tells it. The runtime records requested, running, done
 * and failed; "swapping" is a running rebuild that has read the whole log and is now taking over.
 */
export type RebuildPhase = 'queued' | 'running' | 'swapping' | 'done' | 'failed';

type Progress = Pick<RebuildProgressView, 'status' | 'done' | 'total'>;

export function rebuildPhase({ status, done, total }: Progress): RebuildPhase {
  switch (status) {
    case 'requested':
      return 'queued';
    case 'running':
      return total > 0 && done >= total ? 'swapping' : 'running';
    case 'done':
    case 'failed':
      return status;
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

export const isActivePhase = (phase: RebuildPhase): boolean =>
  phase === 'queued' || phase === 'running' || phase === 'swapping';

/** Whole percent read so far; a finished rebuild is 100 even if its total was never counted. */
export function rebuildPercent(progress: Progress): number {
  if (progress.status === 'done') return 100;
  if (progress.total <= 0) return 0;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}

/** "45 s", "3 min 5 s", "2 h 10 min"; null (no rate yet) is "unknown". */
export function formatEta(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'unknown';
  const whole = Math.ceil(Math.max(0, seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3_600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3_600)} h ${Math.floor((whole % 3_600) / 60)} min`;
}
