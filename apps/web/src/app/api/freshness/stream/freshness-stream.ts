import 'server-only';
import { z } from 'zod';
import { streamQuerySchema } from '../../../../server/trpc/routers/freshness/awaited-write';
import type { CheckpointWatch } from '../../../../server/trpc/routers/freshness/checkpoint-watch';
import { projectionTarget } from '../../../../server/trpc/routers/freshness/projection-target';
import { reachOf, type Reach } from '../../../../server/trpc/routers/freshness/reach';

export interface FreshnessStreamOptions {
  readonly watch: CheckpointWatch;
  /** How often a `waiting` event repeats the latest checkpoint while nothing changes. */
  readonly heartbeatMs?: number;
  /** A stream ends after this long; the browser's EventSource reconnects by itself. */
  readonly maxDurationMs?: number;
}

const headers = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform keeps compression from buffering the events.
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
};

/**
 * Server-sent events for one awaited write: `waiting` (the partition's checkpoint, at start, on
 * every move and every `heartbeatMs`), then `reached`, and the stream ends. It also ends when the
 * browser goes away (`request.signal`). Reads go through the shared watch: no transaction is held.
 */
export function freshnessStream(request: Request, options: FreshnessStreamOptions): Response {
  const query = streamQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    return Response.json(
      { message: 'This is not a write to wait for.', issues: z.flattenError(query.error) },
      { status: 400 },
    );
  }
  const { projection, ...awaiting } = query.data;
  const target = projectionTarget(projection);
  const encoder = new TextEncoder();
  let stop: (close: boolean) => void = () => {};

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      let stopped = false;
      let latest: Reach | null = null;
      const send = (event: 'waiting' | 'reached', reach: Reach) => {
        if (!stopped) {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(reach)}\n\n`));
        }
      };
      const end = () => stop(true);

      const unsubscribe = options.watch.subscribe(target.name, (checkpoints) => {
        const reach = reachOf(checkpoints, awaiting);
        if (reach.reached) {
          send('reached', reach);
          end();
        } else if (latest === null || latest.checkpoint !== reach.checkpoint) {
          send('waiting', reach);
        }
        latest = reach;
      });
      const heartbeat = setInterval(
        () => latest && send('waiting', latest),
        options.heartbeatMs ?? 1_000,
      );
      const deadline = setTimeout(end, options.maxDurationMs ?? 60_000);
      stop = (close) => {
        if (stopped) return;
        stopped = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(deadline);
        request.signal.removeEventListener('abort', end);
        if (close) controller.close();
      };

      request.signal.addEventListener('abort', end);
      if (request.signal.aborted) end();
      // After a stream that ended without `reached`, the browser reconnects this soon.
      else controller.enqueue(encoder.encode('retry: 1000\n\n'));
    },
    cancel() {
      // The reader went away: release everything; the stream is already cancelled.
      stop(false);
    },
  });
  return new Response(body, { headers });
}
