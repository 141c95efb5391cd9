'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import type { AwaitedWriteStatus } from '~/app/_consistency';
import { useTRPC } from '~/trpc/react';

interface PendingBannerProps {
  readonly name: string | null;
  readonly status: AwaitedWriteStatus;
}

const pollEveryMs = 1_000;

/**
 * The storefront's word on a product the admin just added: pending, then listed. The catalog's
 * checkpoint moves past an event it failed to apply (the event waits in its dead letters), so
 * "listed" is only said while the catalog has no failed updates.
 */
export function PendingBanner({ name, status }: PendingBannerProps) {
  const trpc = useTRPC();
  const catalog = useQuery({
    ...trpc.freshness.status.queryOptions({ projections: ['catalog'] }),
    enabled: status !== 'idle',
    refetchInterval: pollEveryMs,
  });
  const catalogFailed = catalog.data?.projections[0]?.status === 'failed';
  const product = name ? `“${name}”` : 'your product';
  switch (status) {
    case 'idle':
      return null;
    case 'pending':
      return (
        <p role="status" data-testid="pending-product" className="card pending">
          <span className="spinner" aria-hidden="true" />
          Adding {product} — waiting for the catalog to catch up…
        </p>
      );
    case 'fresh':
      return catalogFailed ? (
        <p role="status" data-testid="pending-catalog-failed" className="card form-error">
          {capitalised(product)} was saved, but the catalog could not apply some updates, so it may
          not be listed yet.{' '}
          <Link href="/admin/projections">Retry them in the projections console</Link>.
        </p>
      ) : (
        <p role="status" data-testid="added-product" className="card added">
          {name ? `“${name}” is` : 'Your product is'} now in the catalog.
        </p>
      );
    case 'failed':
      return (
        <p role="status" data-testid="pending-failed" className="card form-error">
          {capitalised(product)} was added, but the page could not confirm it. Reload to see it.
        </p>
      );
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
