'use client';

import { useMutation } from '@tanstack/react-query';
import type { FailedSagaActionView } from '~/server/trpc/routers/projections/saga-actions.types';
import { useTRPC } from '~/trpc/react';
import { formatUtc } from '../format';
import styles from './console.module.css';
import { errorNotice, type Notice } from './notice';
import { useConsoleRefresh } from './use-console-refresh';

export function SagaActionItem({
  action,
  onOutcome,
}: {
  action: FailedSagaActionView;
  onOutcome: (notice: Notice) => void;
}) {
  const trpc = useTRPC();
  const refresh = useConsoleRefresh();
  const retry = useMutation(
    trpc.projections.retrySagaAction.mutationOptions({
      onSuccess: () =>
        onOutcome({
          tone: 'success',
          text: `The ${action.step} of order ${action.orderId} is queued again.`,
        }),
      onError: (error) => onOutcome(errorNotice(error)),
      onSettled: refresh,
    }),
  );
  const headingId = `saga-action-${action.actionId}`;
  return (
    <li className={`card ${styles.item}`} aria-labelledby={headingId} data-testid="saga-action">
      <div className={styles.cardHeader}>
        <h3 id={headingId}>{action.step}</h3>
        <span className={styles.badge} data-status="failed">
          Failed
        </span>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Order</dt>
          <dd>
            <code>{action.orderId}</code>
          </dd>
        </div>
        <div>
          <dt>Correlation</dt>
          <dd>
            <code>{action.correlationId}</code>
          </dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd>{action.attempts}</dd>
        </div>
        <div>
          <dt>Failed</dt>
          <dd>{formatUtc(action.failedAt)}</dd>
        </div>
      </dl>
      <pre className={styles.error}>{action.error}</pre>
      <div className={styles.itemActions}>
        <button
          type="button"
          className="button"
          disabled={retry.isPending}
          onClick={() => retry.mutate({ actionId: action.actionId })}
        >
          {retry.isPending ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    </li>
  );
}
