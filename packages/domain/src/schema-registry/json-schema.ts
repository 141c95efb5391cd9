/** A JSON Schema (draft 2020-12) as parsed from JSON: `true` accepts anything, `false` nothing. */
export type JsonSchema = boolean | JsonSchemaObject;
export interface JsonSchemaObject {
  readonly [keyword: string]: unknown;
}

/** A place where a registered schema accepts a payload the current one may not. */
export interface Problem {
  /** The JSON path of the field, e.g. `price.amountMinor`; empty for the payload itself. */
  readonly path: string;
  readonly message: string;
}

export const problem = (path: string, message: string): Problem => ({ path, message });

export const formatProblem = ({ path, message }: Problem): string =>
  `${path || '(root)'}: ${message}`;

export const isSchemaObject = (value: unknown): value is JsonSchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'boolean' || isSchemaObject(value);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  if (!isSchemaObject(a) || !isSchemaObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  );
}

/** The `$ref`s a schema mentions, at any depth. */
export function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!isSchemaObject(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key === '$ref' && typeof item === 'string' ? [item] : refsIn(item),
  );
}

export const stringify = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Resolves a local reference such as `#/$defs/Money` (a JSON pointer into the same document). */
export function resolveRef(ref: string, root: JsonSchema): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  const pointer = ref.slice(1);
  if (pointer !== '' && !pointer.startsWith('/')) return undefined;
  let node: unknown = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isSchemaObject(node)) return undefined;
    node = node[key];
  }
  return isSchema(node) ? node : undefined;
}

/** Compares two subschemas found at `path` (the recursion of the compatibility check). */
export type Compare = (registered: JsonSchema, current: JsonSchema, path: string) => Problem[];

export const childPath = (path: string, key: string): string => (path ? `${path}.${key}` : key);
