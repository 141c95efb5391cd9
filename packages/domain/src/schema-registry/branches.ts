import { alternativesDisjoint } from './disjoint';
import {
  deepEqual,
  isSchema,
  isSchemaObject,
  resolveRef,
  type JsonSchema,
  type JsonSchemaObject,
} from './json-schema';
import { isPatternOnly, isUnsupported, jsonTypeOf, validationKeywordsOf } from './keywords';

export type TypedKind = 'string' | 'number' | 'integer' | 'array' | 'object';
export interface TypedBranch {
  readonly kind: TypedKind;
  /** The schema object; only the keywords that apply to `kind` are read. */
  readonly node: JsonSchemaObject;
}
export interface ValuesBranch {
  readonly kind: 'values';
  readonly values: readonly unknown[];
  /** Set when the finite set came from a whole type (`boolean` is `[true, false]`). */
  readonly from?: 'boolean' | 'null';
}
export interface OpaqueBranch {
  readonly kind: 'opaque';
  readonly node: JsonSchemaObject;
  /** What the check cannot look into, for the problem it reports. */
  readonly why: string;
}
export type Branch = { readonly kind: 'any' } | ValuesBranch | TypedBranch | OpaqueBranch;
/** `oneOf` means "exactly one": only safe to read as "any of" in the current schema when disjoint. */
export type Side = 'registered' | 'current';

const allTypes = ['string', 'number', 'boolean', 'null', 'array', 'object'];
const typedKinds = new Set<string>(['string', 'number', 'integer', 'array', 'object']);

/**
 * A schema as the union of the alternatives it accepts: each one JSON type, a finite set of values,
 * anything, or an opaque node the check only compares for equality. `false` has no alternative.
 */
export function branchesOf(
  schema: JsonSchema,
  root: JsonSchema,
  side: Side,
  refs: ReadonlySet<string> = new Set(),
): Branch[] {
  if (typeof schema === 'boolean') return schema ? [{ kind: 'any' }] : [];
  const keywords = validationKeywordsOf(schema);
  const opaque = (why: string): Branch[] => [{ kind: 'opaque', node: schema, why }];
  const strange = keywords.filter(isUnsupported);
  if (strange.length > 0) return opaque(`unsupported keyword ${strange.join(', ')}`);
  const only = (...allowed: string[]) => keywords.every((keyword) => allowed.includes(keyword));

  if (keywords.includes('$ref')) {
    if (!only('$ref')) return opaque('$ref beside other keywords');
    const ref = String(schema.$ref);
    // A reference to itself on the way down adds no value (`A = A | string` is `string`).
    if (refs.has(ref)) return [];
    const target = resolveRef(ref, root);
    if (target === undefined) return opaque(`$ref ${ref} outside the document`);
    return branchesOf(target, root, side, new Set([...refs, ref]));
  }
  if (keywords.includes('not')) {
    const never = isSchemaObject(schema.not) && validationKeywordsOf(schema.not).length === 0;
    return never && only('not') ? [] : opaque('not');
  }
  const union = keywords.includes('anyOf') ? 'anyOf' : keywords.includes('oneOf') ? 'oneOf' : '';
  if (union) {
    const alternatives = schema[union];
    if (!only(union) || !Array.isArray(alternatives))
      return opaque(`${union} beside other keywords`);
    const each = alternatives.map((alternative: unknown) =>
      isSchema(alternative) ? branchesOf(alternative, root, side, refs) : opaque(union),
    );
    if (union === 'oneOf' && side === 'current' && !alternativesDisjoint(each)) {
      return opaque('oneOf whose alternatives may overlap (a value matching two is rejected)');
    }
    return each.flat();
  }
  if (keywords.includes('allOf')) {
    const parts = schema.allOf;
    if (!Array.isArray(parts) || !parts.every(isPatternOnly)) return opaque('allOf');
  }
  if (keywords.includes('enum') || keywords.includes('const')) {
    return only('enum', 'const', 'type') ? [valuesOf(schema)] : opaque('enum beside constraints');
  }
  if (keywords.length === 0) return [{ kind: 'any' }];
  return typesOf(schema).map((type): Branch => {
    if (type === 'boolean') return { kind: 'values', values: [true, false], from: 'boolean' };
    if (type === 'null') return { kind: 'values', values: [null], from: 'null' };
    if (typedKinds.has(type)) return { kind: type as TypedKind, node: schema };
    return { kind: 'opaque', node: schema, why: `type ${type}` };
  });
}

function typesOf(node: JsonSchemaObject): string[] {
  if (typeof node.type === 'string') return [node.type];
  return Array.isArray(node.type) ? node.type.map(String) : allTypes;
}

const hasType = (value: unknown, type: string): boolean =>
  type === 'integer' ? Number.isInteger(value) : jsonTypeOf(value) === type;

function valuesOf(node: JsonSchemaObject): ValuesBranch {
  const listed = Array.isArray(node.enum) ? node.enum : [];
  let values: readonly unknown[] = 'enum' in node ? listed : [node.const];
  if ('const' in node) values = values.filter((value) => deepEqual(value, node.const));
  if ('type' in node) {
    const types = typesOf(node);
    values = values.filter((value) => types.some((type) => hasType(value, type)));
  }
  return { kind: 'values', values };
}
