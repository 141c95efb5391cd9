'use client';

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { DeadLetterView } from '~/server/trpc/routers/projections/dead-letters.types';
import { useTRPC } from '~/trpc/react';
import { formatCount, formatUtc } from '../format';
import styles from './console.module.css';
import { ConfirmDialog } from './confirm-dialog';
import { errorNotice, type Notice } from './notice';
import { useConsoleRefresh } from './use-console-refresh';

type RetryOutcome = {
  applied: number;
  failed: { id: string; error: string } | null;
  remaining: number;
};

// The full error stays on the letter itself; the announcement keeps to its start.
const briefly = (error: string) => (error.length > 160 ? `${error.slice(0, 160)}…` : error);

function retryNotice(id: string, { applied, failed, remaining }: RetryOutcome): Notice {
  const appliedText = `${formatCount(applied)} ${applied === 1 ? 'event' : 'events'} applied`;
  if (!failed) return { tone: 'success', text: `Dead letter #${id}: ${appliedText}.` };
  const waiting = `${formatCount(remaining)} of its stream still waiting.`;
  return {
    tone: 'error',
    text:
      applied === 0
        ? `Dead letter #${id} failed again: ${briefly(failed.error)} ${waiting}`
        : `Dead letter #${id}: ${appliedText}, then #${failed.id} failed: ${briefly(failed.error)} ${waiting}`,
  };
}

export function DeadLetterItem({
  letter,
  onOutcome,
}: {
  letter: DeadLetterView;
  onOutcome: (notice: Notice) => void;
}) {
  const trpc = useTRPC();
  const refresh = useConsoleRefresh();
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const retry = useMutation(
    trpc.projections.retryDeadLetter.mutationOptions({
      onSuccess: (outcome) => onOutcome(retryNotice(letter.id, outcome)),
      onError: (error) => onOutcome(errorNotice(error)),
      onSettled: refresh,
    }),
  );
  const discard = useMutation(
    trpc.projections.discardDeadLetter.mutationOptions({
      onSuccess: ({ retried }) =>
        onOutcome(
          retried
            ? retryNotice(letter.id, retried)
            : { tone: 'success', text: `Dead letter #${letter.id} discarded.` },
        ),
      onError: (error) => onOutcome(errorNotice(error)),
      onSettled: refresh,
    }),
  );
  const pending = retry.isPending || discard.isPending;
  const canRetry = letter.status === 'failed' && letter.retryable;
  const headingId = `dead-letter-${letter.id}`;

  return (
    <li className={`card ${styles.item}`} aria-labelledby={headingId} data-testid="dead-letter">
      <div className={styles.cardHeader}>
        <h3 id={headingId}>
          #{letter.id} {letter.eventType ?? 'Not an event'}
        </h3>
        <span
          className={styles.badge}
          data-status={letter.status === 'failed' ? 'failed' : 'parked'}
        >
          {letter.status === 'failed' ? 'Failed' : `Parked behind #${letter.blockedBy ?? '?'}`}
        </span>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Projection</dt>
          <dd>
            {letter.projection} (generation {letter.generation})
          </dd>
        </div>
        <div>
          <dt>Stream</dt>
          <dd>
            <code>{letter.streamId ?? 'unknown'}</code>
          </dd>
        </div>
        <div>
          <dt>Position</dt>
          <dd>
            <code>{letter.position ?? 'unknown'}</code>
          </dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd>{letter.attempts}</dd>
        </div>
        <div>
          <dt>Last failed</dt>
          <dd>{formatUtc(letter.lastFailedAt)}</dd>
        </div>
      </dl>
      <pre className={styles.error} data-status={letter.status} data-testid="dead-letter-error">
        {letter.error}
      </pre>
      <div className={styles.itemActions}>
        {canRetry && (
          <button
            type="button"
            className="button"
            disabled={pending}
            onClick={() => retry.mutate({ id: letter.id })}
          >
            {retry.isPending ? 'Retrying…' : 'Retry'}
          </button>
        )}
        <button
          type="button"
          className={styles.dangerButton}
          disabled={pending}
          onClick={() => setConfirmingDiscard(true)}
        >
          {discard.isPending ? 'Discarding…' : 'Discard…'}
        </button>
        {!letter.retryable && (
          <span className="muted">Not an event: it can only be discarded.</span>
        )}
      </div>
      <ConfirmDialog
        open={confirmingDiscard}
        title={`Discard dead letter #${letter.id}?`}
        confirmLabel="Discard"
        onCancel={() => setConfirmingDiscard(false)}
        onConfirm={() => {
          setConfirmingDiscard(false);
          discard.mutate({ id: letter.id });
        }}
      >
        <p>
          {letter.projection} will never apply this event. Events of its stream parked behind it are
          re-run at once.
        </p>
      </ConfirmDialog>
    </li>
  );
}
