import 'server-only';
import type { CommandAccepted, CommandContext, CommandHandlerDeps, Result } from '@shop/domain';
import type { z } from 'zod';
import { adminSession } from '../../../server/auth/guards';
import {
  refusedAction,
  runCommandAction,
  type CommandActionResult,
} from '../../../server/command-action';
import type { CommandFailure } from '../../../server/failures';
import { logger } from '../../../server/logger';
import { notTextErrors, readTextFields, type TextValues } from './text-fields';

/** An admin form's command: the domain's input schema names the fields, its service runs it. */
export interface AdminCommand<Schema extends z.ZodObject> {
  /** The command's name, for the logs. */
  readonly command: string;
  readonly schema: Schema;
  /** The stream the command writes, from the submitted fields. */
  readonly streamId: (values: TextValues<FieldOf<Schema>>) => string;
  readonly run: (
    deps: CommandHandlerDeps,
    input: unknown,
    context: CommandContext,
  ) => Promise<Result<CommandAccepted, CommandFailure>>;
}

type FieldOf<Schema extends z.ZodObject> = Extract<keyof Schema['shape'], string>;

const notAnAdmin = 'Only a signed-in admin can do this. Sign in as an admin and try again.';

/**
 * The one way an admin form's server action runs its command: anyone who is not a signed-in admin
 * is refused before the form is read, and the fields reach the domain's service as the text typed,
 * to be validated by the same schema the browser checked them with.
 */
export async function runAdminCommand<Schema extends z.ZodObject>(
  spec: AdminCommand<Schema>,
  formData: FormData,
): Promise<CommandActionResult> {
  const session = await adminSession();
  if (!session) {
    logger.warn({ command: spec.command, outcome: 'refused' }, 'command refused: not an admin');
    return refusedAction(notAnAdmin);
  }
  const fields = Object.keys(spec.schema.shape) as FieldOf<Schema>[];
  const { values, notText } = readTextFields(formData, fields);
  if (notText.length > 0) {
    logger.info(
      { command: spec.command, outcome: 'malformed', fields: notText },
      'command rejected',
    );
    return {
      ok: false,
      message: 'The form was not sent as text fields.',
      fieldErrors: notTextErrors(notText),
    };
  }
  const { result } = await runCommandAction({
    command: spec.command,
    session,
    streamId: spec.streamId(values),
    run: (deps, context) => spec.run(deps, values, context),
  });
  return result;
}
