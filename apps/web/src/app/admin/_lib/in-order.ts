import { randomUUID } from 'node:crypto';
import {
  ok,
  validationFailed,
  type CommandAccepted,
  type CommandContext,
  type CommandHandlerDeps,
  type LogPosition,
  type Result,
} from '@shop/domain';
import type { z } from 'zod';
import type { CommandFailure } from '../../../server/failures';

type Service = (
  deps: CommandHandlerDeps,
  input: unknown,
  context: CommandContext,
) => Promise<Result<CommandAccepted, CommandFailure>>;

/**
 * One form, several commands on one stream (an edit that renames, describes and re-tags): the
 * whole form is validated first, so a typo in the last field stores nothing, then each command
 * runs in turn under the form's correlation id. The answer is the last position written; a
 * command that changed nothing (the same name again) writes none.
 */
export function inOrder(schema: z.ZodType, ...services: readonly Service[]): Service {
  return async (deps, input, context) => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: validationFailed(parsed.error) };
    let position: LogPosition | null = null;
    let streamVersion = 0;
    for (const [index, service] of services.entries()) {
      const commandId = index === 0 ? context.commandId : randomUUID();
      const result = await service(deps, input, { ...context, commandId });
      if (!result.ok) return result;
      position = result.value.position ?? position;
      streamVersion = result.value.streamVersion;
    }
    return ok({ position, streamVersion });
  };
}
