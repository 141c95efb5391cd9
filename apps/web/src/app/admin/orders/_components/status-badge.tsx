import type { OrderStatus } from '@shop/domain';
import styles from '../../_components/admin.module.css';
import { statusLabels } from '../_lib/status-labels';

export function StatusBadge({ status }: { status: OrderStatus | 'Unplaced' }) {
  const { text, tone } = statusLabels[status];
  return (
    <span className={styles.badge} data-tone={tone} data-testid="order-status">
      {text}
    </span>
  );
}
