import type { RebuildProgressView } from '~/server/trpc/routers/projections/rebuild.types';
import { formatCount, formatRate } from '../format';
import { formatEta, rebuildPercent, rebuildPhase, type RebuildPhase } from '../rebuild-phase';
import styles from './replay.module.css';

function phaseText(phase: RebuildPhase, progress: RebuildProgressView): string {
  const generation =
    progress.generation === null ? 'the new generation' : `generation ${progress.generation}`;
  switch (phase) {
    case 'queued':
      return 'Requested: waiting for a worker to start it…';
    case 'running':
      return `Rebuilding ${generation} from the event store…`;
    case 'swapping':
      return `Caught up: swapping ${generation} in…`;
    case 'done':
      return `Done: ${generation} is live.`;
    case 'failed':
      return `Failed: ${progress.error ?? 'no reason recorded'}. The old generation keeps serving.`;
    default: {
      const unknown: never = phase;
      return unknown;
    }
  }
}

export function RebuildProgressBar({
  projection,
  progress,
}: {
  projection: string;
  progress: RebuildProgressView;
}) {
  const phase = rebuildPhase(progress);
  const percent = rebuildPercent(progress);
  const labelId = `rebuild-${projection}-label`;
  const counted = `${formatCount(progress.done)} of ${formatCount(progress.total)} events`;
  return (
    <div className={styles.progress} data-testid="rebuild-progress" data-phase={phase}>
      <p id={labelId} className={styles.phase} role="status">
        {phaseText(phase, progress)}
      </p>
      <div
        className={styles.track}
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%, ${counted}`}
        data-phase={phase}
      >
        <div className={styles.bar} style={{ width: `${percent}%` }} />
      </div>
      <p className={styles.stats}>
        <span data-testid="rebuild-done">{counted}</span>
        <span>{formatRate(progress.rate)}</span>
        <span>ETA {phase === 'done' ? '0 s' : formatEta(progress.etaSeconds)}</span>
      </p>
    </div>
  );
}
