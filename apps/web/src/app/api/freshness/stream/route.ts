import { sharedCheckpointWatch } from '~/server/trpc/routers/freshness/shared-checkpoint-watch';
import { freshnessStream } from './freshness-stream';

/** `GET /api/freshness/stream?projection=…&streamId=…&position=…`: see freshness-stream.ts. */
export function GET(request: Request): Response {
  return freshnessStream(request, { watch: sharedCheckpointWatch() });
}
