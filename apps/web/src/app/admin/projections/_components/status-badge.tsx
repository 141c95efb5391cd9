import type { ProjectionStatus } from '@shop/read-models/read-side';
import styles from './console.module.css';

const labels: Record<ProjectionStatus, string> = {
  live: 'Live',
  catching_up: 'Catching up',
  rebuilding: 'Rebuilding',
  failed: 'Failed',
  stalled: 'Stalled',
};

export function StatusBadge({ status }: { status: ProjectionStatus }) {
  return (
    <span className={styles.badge} data-status={status} data-testid="projection-status">
      {labels[status]}
    </span>
  );
}
