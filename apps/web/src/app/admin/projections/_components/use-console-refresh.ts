'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '~/trpc/react';

/** After an action, every query of the console is asked again: counts, lists and statuses move together. */
export function useConsoleRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries(trpc.projections.pathFilter()),
    [queryClient, trpc],
  );
}
