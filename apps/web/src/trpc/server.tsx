import 'server-only';
import {
  dehydrate,
  HydrationBoundary,
  type FetchQueryOptions,
  type QueryKey,
} from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import { cache, type ReactNode } from 'react';
import { createTRPCContext } from '~/server/trpc/init';
import { appRouter } from '~/server/trpc/routers/_app';
import { createQueryClient } from './query-client';

const createContext = cache(async () => {
  const heads = new Headers(await headers());
  heads.set('x-trpc-source', 'rsc');
  return createTRPCContext({ headers: heads });
});

// `cache` gives each request one query client: what a page prefetches is what it dehydrates.
const getQueryClient = cache(createQueryClient);

/** Calls procedures in-process (no HTTP hop) for server components. */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: createContext,
  queryClient: getQueryClient,
});

/**
 * Awaited, so the server-rendered HTML already holds the data. A failed query is not dehydrated;
 * the browser retries it and shows its error state.
 */
export async function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<void> {
  await getQueryClient().prefetchQuery(options);
}

/**
 * Prefetches, then answers what was read, or undefined if the query failed (the browser retries
 * it). For a page that must know whether what it names exists before anything streams: once a
 * loading state is sent the status is 200, so `notFound()` has to come first to answer 404.
 */
export async function prefetchData<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<TQueryFnData | undefined> {
  await prefetch(options);
  return getQueryClient().getQueryData<TQueryFnData>(options.queryKey);
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
