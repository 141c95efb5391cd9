'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';
import type { ProjectionName } from './awaited-write';
import styles from './consistency.module.css';
import { staleMessages, type BannerAudience } from './stale-messages';

const pollEveryMs = 1_000;

/**
 * Tells the shopper when a read model the page shows lags beyond its bound, has stalled, is being
 * rebuilt or has failed to apply some events, and goes away by itself once it is live again. It floats over the page's foot, so its
 * coming and going moves nothing. The live region is always present so that changes are announced.
 */
export function StaleBanner({
  projections,
  audience = 'shopper',
}: {
  projections: readonly ProjectionName[];
  /** Admin pages pass `admin`: a failure then says where to retry it. */
  audience?: BannerAudience;
}) {
  const trpc = useTRPC();
  const status = useQuery({
    ...trpc.freshness.status.queryOptions({ projections: [...projections] }),
    refetchInterval: pollEveryMs,
    staleTime: 0,
  });
  // A failed poll keeps the last answer: it says nothing new about the read models.
  const messages = staleMessages(status.data?.projections ?? [], audience);
  return (
    <div role="status" aria-live="polite" className={styles.bannerRegion}>
      {messages.length > 0 && (
        <div className={styles.banner} data-testid="stale-banner">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}
