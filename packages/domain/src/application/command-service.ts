import type { z } from 'zod';
import {
  handleCommand,
  type Aggregate,
  type CommandAccepted,
  type CommandContext,
  type CommandFailure,
  type CommandHandlerDeps,
} from './handle-command';
import { validationFailed } from './validation';
import type { DomainError } from '../shared/domain-error';
import type { DomainEvent } from '../shared/envelope';
import { err, type Result } from '../shared/result';

/** An application service: untrusted input in, the command's outcome (or why not) out. */
export type CommandService<Error> = (
  deps: CommandHandlerDeps,
  input: unknown,
  context: CommandContext,
) => Promise<Result<CommandAccepted, CommandFailure<Error>>>;

/**
 * The shape every application service of an aggregate shares: validate the input with its schema,
 * turn it into the command, run it on the command's stream.
 */
export function commandServices<
  Command extends { type: string },
  Event extends DomainEvent,
  State,
  Error extends DomainError,
>(aggregate: Aggregate<Command, Event, State, Error>, streamIdOf: (command: Command) => string) {
  return <Schema extends z.ZodType>(
      inputSchema: Schema,
      toCommand: (input: z.output<Schema>) => Command,
    ): CommandService<Error> =>
    async (deps, input, context) => {
      const parsed = inputSchema.safeParse(input);
      if (!parsed.success) return err(validationFailed(parsed.error));
      const command = toCommand(parsed.data);
      return handleCommand(deps, aggregate, streamIdOf(command), command, context);
    };
}
