/** A form's fields as the text that was typed. */
export type TextValues<Field extends string> = Readonly<Record<Field, string>>;

/**
 * The submitted fields as text. An absent field reads as empty, so a request missing a field gets
 * the same "is required" message as an empty input; a file where text belongs is reported by name.
 */
export function readTextFields<const Field extends string>(
  formData: FormData,
  fields: readonly Field[],
): { values: TextValues<Field>; notText: Field[] } {
  const notText: Field[] = [];
  const entries = fields.map((field) => {
    const value = formData.get(field);
    if (value === null || typeof value === 'string') return [field, value ?? ''] as const;
    notText.push(field);
    return [field, ''] as const;
  });
  return { values: Object.fromEntries(entries) as TextValues<Field>, notText };
}

/** The message beside each field that did not arrive as text. */
export const notTextErrors = (fields: readonly string[]): Record<string, readonly string[]> =>
  Object.fromEntries(fields.map((field) => [field, ['Must be text.']]));
