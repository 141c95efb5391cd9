'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AwaitedWrite } from '~/server/trpc/routers/catalog/consistency';
import { useTRPC } from '~/trpc/react';

const pollEveryMs = 500;

/**
 * While the listed products are older than the awaited write, polls the catalog's checkpoint (one row)
 * rather than the whole list, and reloads the list once the checkpoint has reached the write.
 */
export function useCatchUp(awaiting: AwaitedWrite | undefined, waiting: boolean): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const checkpoint = useQuery({
    ...trpc.catalog.checkpoint.queryOptions({ awaiting }),
    enabled: waiting,
    refetchInterval: (query) => (query.state.data?.reached ? false : pollEveryMs),
  });
  const caughtUp = checkpoint.data?.reached === true;

  useEffect(() => {
    if (waiting && caughtUp) {
      void queryClient.invalidateQueries({ queryKey: trpc.catalog.list.queryKey() });
    }
  }, [waiting, caughtUp, queryClient, trpc]);
}
