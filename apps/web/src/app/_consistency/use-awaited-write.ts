'use client';

import { skipToken, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTRPC } from '~/trpc/react';
import { freshnessStreamUrl, type AwaitedWrite, type ProjectionName } from './awaited-write';

export type AwaitedWriteStatus = 'idle' | 'pending' | 'fresh' | 'failed';

export interface AwaitedWriteOptions {
  /** The read model the page shows the write through. */
  readonly projection: ProjectionName;
  /** Queries to refetch once the write is in the read model, or a function that does it. */
  readonly invalidate?: readonly QueryKey[] | (() => unknown);
}

const pollEveryMs = 500;
// Server rendering has no EventSource either, but fetches nothing: only the browser's answer matters.
const browserHasEventSource = () => typeof window === 'undefined' || 'EventSource' in window;
// Consecutive stream errors without an event before polling instead (EventSource retries forever).
const streamErrorsBeforePolling = 3;

/**
 * Waits for `write` to reach `projection`: listens to the checkpoint stream (server-sent events),
 * polls `freshness.checkpoint` when the stream cannot be used, then refetches the page's queries.
 * `pending` until then, `fresh` once the refetch is done, `failed` if the write cannot be awaited.
 */
export function useAwaitedWrite(
  write: AwaitedWrite | null,
  options: AwaitedWriteOptions,
): { status: AwaitedWriteStatus } {
  const { projection } = options;
  const streamId = write?.streamId;
  const position = write?.position;
  const key = streamId && position ? `${projection}|${streamId}|${position}` : null;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useRef(options.invalidate);
  useEffect(() => {
    invalidate.current = options.invalidate;
  });

  const [streamed, setStreamed] = useState<{ key: string; reached: boolean } | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const streamFailed =
    key !== null && ((streamed?.key === key && !streamed.reached) || !browserHasEventSource());

  useEffect(() => {
    if (!streamId || !position || key === null || !browserHasEventSource()) return;
    const source = new EventSource(freshnessStreamUrl(projection, { streamId, position }));
    let errors = 0;
    source.addEventListener('waiting', () => {
      errors = 0;
    });
    source.addEventListener('reached', () => {
      source.close();
      setStreamed({ key, reached: true });
    });
    source.addEventListener('error', () => {
      errors += 1;
      // CLOSED: the server refused the stream (a bad request, an error page); it will not retry.
      if (source.readyState === EventSource.CLOSED || errors >= streamErrorsBeforePolling) {
        source.close();
        setStreamed({ key, reached: false });
      }
    });
    return () => source.close();
  }, [key, projection, streamId, position]);

  const polled = useQuery({
    ...trpc.freshness.checkpoint.queryOptions(
      streamFailed && streamId && position
        ? { projection, awaiting: { streamId, position } }
        : skipToken,
    ),
    refetchInterval: (query) => (query.state.data?.reached ? false : pollEveryMs),
    staleTime: 0,
  });
  const reached =
    key !== null &&
    ((streamed?.key === key && streamed.reached) ||
      (streamFailed && polled.data?.reached === true));

  useEffect(() => {
    if (!reached || key === null) return;
    let current = true;
    const refetch = async () => {
      const given = invalidate.current;
      if (typeof given === 'function') await given();
      else if (given) {
        await Promise.all(given.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      }
    };
    // Fresh even if the refetch failed: the queries show their own error state.
    void refetch()
      .catch(() => undefined)
      .then(() => current && setFresh(key));
    return () => {
      current = false;
    };
  }, [reached, key, queryClient]);

  if (key === null) return { status: 'idle' };
  if (fresh === key) return { status: 'fresh' };
  if (streamFailed && polled.error?.data?.code === 'BAD_REQUEST') return { status: 'failed' };
  return { status: 'pending' };
}
