'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '~/trpc/react';
import styles from './console.module.css';
import { NoticeArea, type Notice } from './notice';
import { QueryState } from './query-state';
import { SagaActionItem } from './saga-action-item';

const pollEveryMs = 5_000;

export function SagaActionsPanel() {
  const trpc = useTRPC();
  const [notice, setNotice] = useState<Notice>(null);
  const actions = useQuery({
    ...trpc.projections.failedSagaActions.queryOptions({}),
    refetchInterval: pollEveryMs,
  });
  return (
    <div className={styles.panel}>
      <NoticeArea notice={notice} className={styles.notice} />
      <QueryState query={actions} what="failed actions">
        {(failed) =>
          failed.length === 0 ? (
            <div className="card empty" data-testid="no-saga-failures">
              <p className="muted">No failed actions: every order moves on.</p>
            </div>
          ) : (
            <ul className={styles.items} aria-label="Failed saga actions">
              {failed.map((action) => (
                <SagaActionItem key={action.actionId} action={action} onOutcome={setNotice} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
