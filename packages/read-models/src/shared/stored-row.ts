import type { z } from 'zod';

/**
 * A column the row's own invariant (a CHECK constraint) says is set. Null here means the table was
 * written by something else than its projection, which no reader should paper over.
 */
export function present<Value>(value: Value | null, column: string): Value {
  if (value === null) throw new Error(`Read model column ${column} is null where it must be set`);
  return value;
}

/** A column (JSON, or text holding one of a set of values) read back through its schema. */
export function parseColumn<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  column: string,
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Read model column ${column} holds an unexpected shape`);
  return parsed.data;
}
