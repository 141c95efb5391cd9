import type { Logger } from 'pino';
import { z } from 'zod';
import { traceparentSchema } from '../event-store/new-event';
import type { EventMetadata } from '../shared/envelope';

/** Who runs a command and under which ids: the metadata of every event it appends. */
export const commandContextSchema = z.object({
  /** Becomes each event's causationId, unless `causationId` is given. */
  commandId: z.uuid(),
  /**
   * The message that caused the command, when it is not the command itself: a process manager
   * names the event it reacted to, so a timeline can follow the chain from event to event.
   */
  causationId: z.uuid().optional(),
  correlationId: z.uuid(),
  actor: z.string().min(1),
  /** W3C trace context of the request, when there is one. */
  traceparent: z.string().optional(),
});
export type CommandContext = Readonly<z.input<typeof commandContextSchema>>;

/**
 * The events' metadata. A traceparent usually comes from a request header: one that is malformed
 * is dropped with a warning, as the W3C spec asks (the command still runs, in no trace).
 */
export function eventMetadataFor(
  context: z.output<typeof commandContextSchema>,
  log: Logger,
): EventMetadata {
  const { commandId, causationId = commandId, correlationId, actor, traceparent } = context;
  const trace = traceparent === undefined ? undefined : traceparentSchema.safeParse(traceparent);
  if (trace && !trace.success) log.warn({ traceparent }, 'malformed traceparent dropped');
  return {
    correlationId,
    causationId,
    actor,
    ...(trace?.success ? { traceparent: trace.data } : {}),
  };
}
