'use client';

import { useState } from 'react';
import { addLagSamples, emptyLagHistory, type LagHistory } from '../lag-history';

type Poll = Parameters<typeof addLagSamples>[1];

/** Lag samples gathered from the health polls this page has seen; kept in the browser only. */
export function useLagHistory(poll: Poll | undefined, takenAt: number): LagHistory {
  const [history, setHistory] = useState(() =>
    poll ? addLagSamples(emptyLagHistory, poll, takenAt) : emptyLagHistory,
  );
  // A new poll is added while rendering it (React's pattern for state derived from what changes),
  // so the chart and the numbers beside it always show the same poll.
  if (poll && takenAt !== history.takenAt) {
    const next = addLagSamples(history, poll, takenAt);
    setHistory(next);
    return next;
  }
  return history;
}
