import type { z } from 'zod';
import { err, ok, type Result } from '../shared/result';
import { commandContextSchema, type CommandContext } from './command-context';
import { validationFailed, type ValidationFailed } from './validation';

export interface ParsedCommand<Command> {
  readonly command: Command;
  readonly context: z.output<typeof commandContextSchema>;
}

/**
 * The one place a command is validated before it is handled: its aggregate's schema (when it has
 * one) and the context. Transports may validate earlier for their forms; this is the guarantee.
 */
export function parseCommand<Command>(
  schema: z.ZodType<Command> | undefined,
  command: Command,
  context: CommandContext,
): Result<ParsedCommand<Command>, ValidationFailed> {
  const parsedCommand = schema
    ? schema.safeParse(command)
    : { success: true as const, data: command };
  if (!parsedCommand.success) return err(validationFailed(parsedCommand.error));
  const parsedContext = commandContextSchema.safeParse(context);
  if (!parsedContext.success) return err(validationFailed(parsedContext.error, 'context'));
  return ok({ command: parsedCommand.data, context: parsedContext.data });
}
