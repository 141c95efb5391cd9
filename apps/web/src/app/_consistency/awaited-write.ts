import type { CommandActionResult } from '~/server/command-action';
import type { AwaitedWrite } from '~/server/trpc/routers/freshness/awaited-write';
import type { ProjectionName } from '~/server/trpc/routers/freshness/projection-name';

export type { AwaitedWrite, ProjectionName };

/**
 * The write a page should wait for after a server action: its stream and log position, or null when
 * the action failed or changed nothing (there is then nothing to wait for).
 */
export function awaitedWriteOf(
  result: CommandActionResult | null | undefined,
): AwaitedWrite | null {
  if (!result?.ok || result.position === null) return null;
  return { streamId: result.streamId, position: result.position };
}

/** The checkpoint stream's address for one write (see app/api/freshness/stream). */
export function freshnessStreamUrl(projection: ProjectionName, write: AwaitedWrite): string {
  const query = new URLSearchParams({ projection, ...write });
  return `/api/freshness/stream?${query.toString()}`;
}
