import type { z } from 'zod';

/** Input that failed its schema: nothing was decided or stored. Messages are keyed by field. */
export interface ValidationFailed {
  readonly kind: 'ValidationFailed';
  readonly message: string;
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
}

/** `prefix` names what was validated when it is not the form itself, e.g. `context.actor`. */
export function validationFailed(error: z.ZodError, prefix?: string): ValidationFailed {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = [...(prefix ? [prefix] : []), ...issue.path.map(String)];
    const field = path.length > 0 ? path.join('.') : '_form';
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return {
    kind: 'ValidationFailed',
    message: 'Please correct the highlighted fields.',
    fieldErrors,
  };
}
