import 'server-only';
import { randomUUID } from 'node:crypto';
import {
  formatLogPosition,
  type CommandContext,
  type CommandHandlerDeps,
  type LogPosition,
  type Result,
} from '@shop/domain';
import type { Session } from './auth/session-token';
import { failureForForm, type CommandFailure } from './failures';
import { logger } from './logger';
import { services } from './services';

/**
 * What a server action that ran a command answers. Success carries the consistency token: the
 * log position of the command's last event (null when it changed nothing) as `<xid>:<position>`,
 * with the stream it was written to, so the page can wait for a read model to reach it.
 */
export type CommandActionResult =
  | { readonly ok: true; readonly streamId: string; readonly position: string | null }
  | {
      readonly ok: false;
      readonly message: string;
      /** Messages per input field, for a form to show beside its fields. */
      readonly fieldErrors: Readonly<Record<string, readonly string[] | undefined>>;
    };

export interface CommandRun<Value extends { readonly position: LogPosition | null }> {
  /** The command's name, for the logs. */
  readonly command: string;
  readonly session: Session;
  /**
   * The stream the command writes, returned with the position so a page knows what to await; a
   * function of the outcome when the command chooses the id itself (a new product).
   */
  readonly streamId: string | ((value: NoInfer<Value>) => string);
  readonly run: (
    deps: CommandHandlerDeps,
    context: CommandContext,
  ) => Promise<Result<Value, CommandFailure>>;
}

const unexpectedFailure = 'That could not be saved just now. Please try again.';

function actorOf(session: Session): string {
  return session.role === 'admin' ? `admin:${session.email}` : `customer:${session.customerId}`;
}

/**
 * The one way a server action runs a command: a fresh correlation id, a log line per outcome with
 * it, rejections turned into messages for the form, and unexpected errors logged, never shown.
 */
export async function runCommandAction<Value extends { readonly position: LogPosition | null }>(
  request: CommandRun<Value>,
): Promise<{ result: CommandActionResult; value: Value | null }> {
  const context: CommandContext = {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    actor: actorOf(request.session),
  };
  const log = logger.child({ command: request.command, ...context });
  let outcome: Result<Value, CommandFailure>;
  try {
    outcome = await request.run(services().commands, context);
  } catch (error) {
    log.error({ err: error, outcome: 'error' }, 'command failed');
    return { result: { ok: false, message: unexpectedFailure, fieldErrors: {} }, value: null };
  }
  if (!outcome.ok) {
    log.info({ outcome: outcome.error.kind }, 'command rejected');
    const failure = failureForForm(outcome.error);
    const fieldErrors = failure.kind === 'fields' ? failure.fieldErrors : {};
    return { result: { ok: false, message: failure.message, fieldErrors }, value: null };
  }
  const position = outcome.value.position && formatLogPosition(outcome.value.position);
  const streamId =
    typeof request.streamId === 'string' ? request.streamId : request.streamId(outcome.value);
  log.info({ outcome: 'accepted', streamId, position }, 'command accepted');
  return {
    result: { ok: true, streamId, position },
    value: outcome.value,
  };
}

/** The answer to an action called by someone without the right session. */
export function refusedAction(message: string): CommandActionResult {
  return { ok: false, message, fieldErrors: {} };
}
