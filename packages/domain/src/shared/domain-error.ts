/**
 * A broken business rule. `code` is stable for programs; `message` is written for the shopper or admin.
 * Transports map codes to their own vocabulary in exactly one place.
 */
export interface DomainError<Code extends string = string> {
  readonly kind: 'DomainError';
  readonly code: Code;
  readonly message: string;
}

export const domainError = <Code extends string>(
  code: Code,
  message: string,
): DomainError<Code> => ({
  kind: 'DomainError',
  code,
  message,
});
