import 'server-only';
import {
  assertNever,
  type ConcurrencyConflict,
  type DomainError,
  type ValidationFailed,
} from '@shop/domain';
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** Every expected way a command can fail; unexpected ones are exceptions. */
export type CommandFailure = ValidationFailed | DomainError | ConcurrencyConflict;

export type FormFailure =
  | {
      readonly kind: 'fields';
      readonly message: string;
      readonly fieldErrors: ValidationFailed['fieldErrors'];
    }
  | { readonly kind: 'form'; readonly message: string };

// The store's conflict message names streams and versions: true, but meaningless to an admin.
const conflictMessage = 'Someone else changed this at the same moment. Please try again.';

/** The one place a command failure becomes words on a form. */
export function failureForForm(failure: CommandFailure): FormFailure {
  switch (failure.kind) {
    case 'ValidationFailed':
      return { kind: 'fields', message: failure.message, fieldErrors: failure.fieldErrors };
    case 'DomainError':
      return { kind: 'form', message: failure.message };
    case 'ConcurrencyConflict':
      return { kind: 'form', message: conflictMessage };
    default:
      return assertNever(failure);
  }
}

const trpcCodes = {
  ValidationFailed: 'BAD_REQUEST',
  DomainError: 'UNPROCESSABLE_CONTENT',
  ConcurrencyConflict: 'CONFLICT',
} as const satisfies Record<CommandFailure['kind'], TRPC_ERROR_CODE_KEY>;

/** The one place a command failure becomes a tRPC error, for procedures that run commands. */
export function failureAsTRPCError(failure: CommandFailure): TRPCError {
  const { message } = failureForForm(failure);
  return new TRPCError({ code: trpcCodes[failure.kind], message });
}
