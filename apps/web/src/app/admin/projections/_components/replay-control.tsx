'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { RebuildProgressView } from '~/server/trpc/routers/projections/rebuild.types';
import { useTRPC } from '~/trpc/react';
import { formatUtc } from '../format';
import { isActivePhase, rebuildPhase } from '../rebuild-phase';
import styles from './console.module.css';
import replayStyles from './replay.module.css';
import { ConfirmDialog } from './confirm-dialog';
import { errorNotice, type Notice } from './notice';
import { RebuildProgressBar } from './rebuild-progress-bar';
import { useConsoleRefresh } from './use-console-refresh';

const pollEveryMs = 500;

function lastReplay(progress: RebuildProgressView | null | undefined): string {
  if (!progress) return 'Never replayed.';
  const at = progress.finishedAt ?? progress.updatedAt;
  if (progress.status === 'failed')
    return `Last replay failed ${formatUtc(at)}: ${progress.error ?? 'no reason recorded'}.`;
  return `Last replayed ${formatUtc(at)}, into generation ${progress.generation ?? '?'}.`;
}

const active = (progress: RebuildProgressView | null | undefined): boolean =>
  progress != null && isActivePhase(rebuildPhase(progress));

/**
 * The replay button of one projection: a confirmation, then the rebuild's progress, polled on its
 * own (one row) while it runs. A rebuild started elsewhere shows up through the health poll.
 */
export function ReplayControl({
  projection,
  activeGeneration,
  latest,
  onOutcome,
  children,
}: {
  projection: string;
  activeGeneration: number;
  latest: RebuildProgressView | null;
  onOutcome: (notice: Notice) => void;
  /** Rendered beside the replay button (the card's other actions), above the outcome. */
  children: ReactNode;
}) {
  const trpc = useTRPC();
  const refresh = useConsoleRefresh();
  const [confirming, setConfirming] = useState(false);
  const [requestedId, setRequestedId] = useState<string | null>(null);
  const progressQuery = useQuery({
    ...trpc.projections.rebuildProgress.queryOptions({ projection }),
    enabled: requestedId !== null || active(latest),
    refetchInterval: (query) => (active(query.state.data) ? pollEveryMs : false),
  });
  const request = useMutation(
    trpc.projections.requestRebuild.mutationOptions({
      onSuccess: ({ rebuildId }) => setRequestedId(rebuildId),
      onError: (error) => onOutcome(errorNotice(error)),
      onSettled: refresh,
    }),
  );

  // The newer of the two sources: this card's own poll, or the health poll.
  const progress =
    progressQuery.data && latest && Number(latest.id) > Number(progressQuery.data.id)
      ? latest
      : (progressQuery.data ?? latest);
  const shown = progress && (active(progress) || progress.id === requestedId) ? progress : null;
  const busy = request.isPending || active(progress);

  // Once the rebuild ends, the health poll is asked at once, so the card's status and generation
  // agree with the finished bar rather than trailing it by a poll.
  const finishedId =
    progressQuery.data && !active(progressQuery.data) ? progressQuery.data.id : null;
  useEffect(() => {
    if (finishedId !== null) void refresh();
  }, [finishedId, refresh]);

  return (
    <div className={styles.replay}>
      <div className={styles.replayActions}>
        <button
          type="button"
          className="button"
          // Not `disabled`: the focus comes back here when the dialog closes, and must not be lost.
          aria-disabled={busy}
          onClick={() => {
            if (busy) return;
            onOutcome(null);
            setConfirming(true);
          }}
        >
          {request.isPending ? 'Requesting…' : active(progress) ? 'Replaying…' : 'Replay…'}
        </button>
        {children}
      </div>
      <div className={replayStyles.slot}>
        {shown ? (
          <RebuildProgressBar projection={projection} progress={shown} />
        ) : (
          <p className="muted">{lastReplay(progress)}</p>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Replay ${projection}?`}
        confirmLabel={`Replay ${projection}`}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          request.mutate({ projection });
        }}
      >
        <p>
          {projection} is rebuilt from the event store into generation {activeGeneration + 1},
          beside the live one. Generation {activeGeneration} keeps answering readers, marked as
          rebuilding, until the new one has caught up and is swapped in.
        </p>
        <p className="muted">Nothing is lost: events written meanwhile go into both.</p>
      </ConfirmDialog>
    </div>
  );
}
