'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '~/trpc/react';
import { allDeadLetters, deadLettersInput, type DeadLetterFilter } from '../dead-letter-filter';
import styles from './console.module.css';
import { DeadLetterFilterForm } from './dead-letter-filter-form';
import { DeadLetterItem } from './dead-letter-item';
import { NoticeArea, type Notice } from './notice';
import { QueryState } from './query-state';

const pollEveryMs = 3_000;

export function DeadLettersPanel() {
  const trpc = useTRPC();
  const [filter, setFilter] = useState<DeadLetterFilter>(allDeadLetters);
  // The cursors of the pages walked through: the last is the current page's.
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState<Notice>(null);
  const letters = useQuery({
    ...trpc.projections.deadLetters.queryOptions(deadLettersInput(filter, cursors.at(-1))),
    refetchInterval: pollEveryMs,
    placeholderData: keepPreviousData,
  });

  const next = letters.data?.nextAfterId ?? null;
  return (
    <div className={styles.panel}>
      <DeadLetterFilterForm
        filter={filter}
        onChange={(changed) => {
          setFilter(changed);
          setCursors([]);
        }}
      />
      <NoticeArea notice={notice} className={styles.notice} />
      <QueryState query={letters} what="dead letters">
        {({ letters: page }) =>
          page.length === 0 ? (
            <div className="card empty" data-testid="no-dead-letters">
              <p className="muted">
                {cursors.length > 0
                  ? 'No more dead letters.'
                  : 'No dead letters: every event applied.'}
              </p>
            </div>
          ) : (
            <ul
              className={styles.items}
              aria-label="Dead letters"
              aria-busy={letters.isPlaceholderData}
            >
              {page.map((letter) => (
                <DeadLetterItem key={letter.id} letter={letter} onOutcome={setNotice} />
              ))}
            </ul>
          )
        }
      </QueryState>
      {(cursors.length > 0 || next !== null) && (
        <nav className={styles.pager} aria-label="Dead letter pages">
          <button
            type="button"
            className={styles.secondaryButton}
            disabled={cursors.length === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Previous page
          </button>
          <span className="muted">Page {cursors.length + 1}</span>
          <button
            type="button"
            className={styles.secondaryButton}
            disabled={next === null}
            onClick={() => next !== null && setCursors([...cursors, next])}
          >
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
