import type { Result } from '@shop/domain';
import type {
  DeadLetterRefusal,
  RebuildRefusal,
  SagaActionRefusal,
} from '@shop/read-models/read-side';
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { logger } from '../../../logger';

/** Every expected way a console action is turned down; the runtime's words, shown as they are. */
export type ConsoleRefusal = DeadLetterRefusal | RebuildRefusal | SagaActionRefusal;

const codes = {
  NotFound: 'NOT_FOUND',
  UnknownProjection: 'NOT_FOUND',
  NotActiveGeneration: 'CONFLICT',
  BlockedBehind: 'CONFLICT',
  Undecodable: 'UNPROCESSABLE_CONTENT',
  AlreadyRebuilding: 'CONFLICT',
  NotFailed: 'CONFLICT',
} as const satisfies Record<ConsoleRefusal['kind'], TRPC_ERROR_CODE_KEY>;

// "No dead letter 12." is true, but an admin who clicked it a moment ago wants to know why.
const messageOf = (refusal: ConsoleRefusal): string =>
  refusal.kind === 'NotFound'
    ? `${refusal.message} It was retried or discarded already.`
    : refusal.message;

/** The one place a console refusal becomes a tRPC error: its code, and its message for the page. */
export function refusalAsTRPCError(refusal: ConsoleRefusal): TRPCError {
  return new TRPCError({ code: codes[refusal.kind], message: messageOf(refusal) });
}

/**
 * Logs what an admin's console action came to (its outcome, or why it was refused), then answers
 * the value or throws the refusal.
 */
export function settle<Value>(
  result: Result<Value, ConsoleRefusal>,
  action: { readonly done: string; readonly admin: string } & Record<string, unknown>,
): Value {
  const { done, ...fields } = action;
  logger.info({ ...fields, outcome: result.ok ? result.value : result.error.kind }, done);
  if (!result.ok) throw refusalAsTRPCError(result.error);
  return result.value;
}
