import { acceptsValue } from './accepts';
import type { Branch } from './branches';
import { deepEqual, isSchemaObject, type JsonSchemaObject } from './json-schema';
import { stringsOf } from './keywords';

/**
 * Whether no value matches two alternatives of a `oneOf`, so that it can be read as `anyOf`.
 * zod emits `oneOf` for discriminated unions: objects told apart by a required `const` property.
 */
export function alternativesDisjoint(alternatives: readonly (readonly Branch[])[]): boolean {
  return alternatives.every((left, index) =>
    alternatives
      .slice(index + 1)
      .every((right) => left.every((a) => right.every((b) => provablyDisjoint(a, b)))),
  );
}

function provablyDisjoint(a: Branch, b: Branch): boolean {
  if (a.kind === 'any' || b.kind === 'any' || a.kind === 'opaque' || b.kind === 'opaque') {
    return false;
  }
  if (a.kind === 'values') return a.values.every((value) => acceptsValue(value, [b]) === 'no');
  if (b.kind === 'values') return provablyDisjoint(b, a);
  const numeric = (kind: string) => kind === 'number' || kind === 'integer';
  if (a.kind !== b.kind) return !(numeric(a.kind) && numeric(b.kind));
  return a.kind === 'object' && hasDistinctTag(a.node, b.node);
}

function hasDistinctTag(a: JsonSchemaObject, b: JsonSchemaObject): boolean {
  const required = new Set(stringsOf(b.required));
  return stringsOf(a.required).some((key) => {
    if (!required.has(key)) return false;
    const left = finiteValues(a, key);
    const right = finiteValues(b, key);
    return (
      !!left && !!right && !left.some((value) => right.some((other) => deepEqual(value, other)))
    );
  });
}

function finiteValues(node: JsonSchemaObject, key: string): readonly unknown[] | undefined {
  const property = isSchemaObject(node.properties) ? node.properties[key] : undefined;
  if (!isSchemaObject(property)) return undefined;
  if ('const' in property) return [property.const];
  return Array.isArray(property.enum) ? property.enum : undefined;
}
