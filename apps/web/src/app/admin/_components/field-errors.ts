import type { z } from 'zod';

export interface GroupedErrors {
  /** Messages per form field: a nested path (`tags.0`) belongs to its field (`tags`). */
  readonly fields: Readonly<Record<string, readonly string[]>>;
  /** Messages that belong to no field of the form. */
  readonly form: readonly string[];
}

export const noErrors: GroupedErrors = { fields: {}, form: [] };

/** Puts messages keyed by path (as a server action answers them) beside the form's fields. */
export function groupErrors(
  byPath: Readonly<Record<string, readonly string[] | undefined>>,
  fields: readonly string[],
): GroupedErrors {
  const grouped: Record<string, string[]> = {};
  const form: string[] = [];
  for (const [path, messages = []] of Object.entries(byPath)) {
    const field = path.split('.')[0] ?? path;
    if (fields.includes(field)) (grouped[field] ??= []).push(...messages);
    else form.push(...messages);
  }
  return { fields: grouped, form };
}

/** The same for a schema's issues, as the browser finds them before sending the form. */
export function groupIssues(error: z.ZodError, fields: readonly string[]): GroupedErrors {
  const byPath: Record<string, string[]> = {};
  for (const issue of error.issues) (byPath[issue.path.join('.')] ??= []).push(issue.message);
  return groupErrors(byPath, fields);
}
