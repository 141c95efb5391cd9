'use client';

import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';
import { formatCount } from '../format';
import styles from './console.module.css';
import { errorNotice, type Notice } from './notice';
import { useConsoleRefresh } from './use-console-refresh';

/** Re-runs every failed stream of a projection, once a fix for its failing events is out. */
export function RetryAllButton({
  projection,
  failed,
  onOutcome,
}: {
  projection: string;
  failed: number;
  onOutcome: (notice: Notice) => void;
}) {
  const trpc = useTRPC();
  const refresh = useConsoleRefresh();
  const retryAll = useMutation(
    trpc.projections.retryDeadLetters.mutationOptions({
      onSuccess: ({ streams, applied, stillFailing }) =>
        onOutcome({
          tone: stillFailing > 0 ? 'error' : 'success',
          text:
            `Retried ${formatCount(streams)} ${streams === 1 ? 'stream' : 'streams'}: ` +
            `${formatCount(applied)} applied` +
            (stillFailing > 0 ? `, ${formatCount(stillFailing)} still failing.` : '.'),
        }),
      onError: (error) => onOutcome(errorNotice(error)),
      onSettled: refresh,
    }),
  );
  return (
    <button
      type="button"
      className={styles.secondaryButton}
      disabled={failed === 0 || retryAll.isPending}
      onClick={() => {
        onOutcome(null);
        retryAll.mutate({ projection });
      }}
    >
      {retryAll.isPending ? 'Retrying…' : `Retry all failed (${formatCount(failed)})`}
    </button>
  );
}
