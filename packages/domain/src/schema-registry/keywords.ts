import { isSchemaObject, type JsonSchemaObject } from './json-schema';

/** The validation keywords the compatibility check understands (what zod emits for our events). */
const supported = new Set([
  ...['type', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'not', '$ref'],
  ...['minLength', 'maxLength', 'pattern', 'format'],
  ...['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
  ...['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems'],
  ...['properties', 'required', 'additionalProperties', 'propertyNames'],
  ...['minProperties', 'maxProperties'],
]);

/**
 * Validation keywords of JSON Schema (2020-12, plus older drafts' and OpenAPI's) that it does not
 * understand: a schema using one is only known to be compatible when it did not change at all.
 */
const unsupported = new Set([
  ...['if', 'then', 'else', 'dependentSchemas', 'dependentRequired', 'dependencies'],
  ...['patternProperties', 'unevaluatedProperties', 'unevaluatedItems', 'additionalItems'],
  ...['contains', 'minContains', 'maxContains', '$dynamicRef', '$recursiveRef', 'nullable'],
]);

/**
 * The keywords of a schema object that constrain values. Everything else (`title`, `description`,
 * `default`, `$id`, `$defs`, zod's `.meta()` keys, and `contentEncoding`, an annotation in 2020-12)
 * is an annotation: JSON Schema ignores unknown keywords when validating, and so does the check.
 */
export const validationKeywordsOf = (node: JsonSchemaObject): string[] =>
  Object.keys(node).filter((keyword) => supported.has(keyword) || unsupported.has(keyword));

export const isUnsupported = (keyword: string): boolean => unsupported.has(keyword);

/** `{ pattern }` alone: zod emits `allOf` of these for several regex checks on one string. */
export const isPatternOnly = (node: unknown): node is JsonSchemaObject & { pattern: string } =>
  isSchemaObject(node) &&
  typeof node.pattern === 'string' &&
  validationKeywordsOf(node).every((keyword) => keyword === 'pattern');

/** Every pattern a string must match: `pattern` and the patterns of an `allOf`. */
export function patternsOf(node: JsonSchemaObject): string[] {
  const own = typeof node.pattern === 'string' ? [node.pattern] : [];
  const all = Array.isArray(node.allOf) ? node.allOf.filter(isPatternOnly) : [];
  return [...own, ...all.map((part) => part.pattern)];
}

export const numberOf = (node: JsonSchemaObject, keyword: string): number | undefined => {
  const value = node[keyword];
  return typeof value === 'number' ? value : undefined;
};

export const stringsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A JSON value's JSON Schema type; integers are numbers that also match `integer`. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}
