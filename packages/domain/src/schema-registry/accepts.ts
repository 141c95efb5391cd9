import { assertNever } from '../shared/decider';
import type { Branch } from './branches';
import { lowerBound, upperBound, isMultiple, violatesLower, violatesUpper } from './bounds';
import { deepEqual, type JsonSchemaObject } from './json-schema';
import { jsonTypeOf, numberOf, patternsOf } from './keywords';

/** `unknown` where a keyword cannot be evaluated here (a `format`, a nested object's schema). */
export type Verdict = 'yes' | 'no' | 'unknown';

/** Whether a schema (as its branches) accepts one JSON value, e.g. a registered enum member. */
export function acceptsValue(value: unknown, branches: readonly Branch[]): Verdict {
  const verdicts = branches.map((branch) => acceptedBy(value, branch));
  if (verdicts.includes('yes')) return 'yes';
  return verdicts.includes('unknown') ? 'unknown' : 'no';
}

function acceptedBy(value: unknown, branch: Branch): Verdict {
  switch (branch.kind) {
    case 'any':
      return 'yes';
    case 'values':
      return branch.values.some((member) => deepEqual(member, value)) ? 'yes' : 'no';
    case 'opaque':
      return 'unknown';
    case 'string':
      return typeof value === 'string' ? stringVerdict(value, branch.node) : 'no';
    case 'number':
    case 'integer':
      if (typeof value !== 'number') return 'no';
      if (branch.kind === 'integer' && !Number.isInteger(value)) return 'no';
      return numberVerdict(value, branch.node);
    case 'array':
    case 'object':
      return jsonTypeOf(value) === branch.kind ? 'unknown' : 'no';
    default:
      return assertNever(branch);
  }
}

function stringVerdict(value: string, node: JsonSchemaObject): Verdict {
  // JSON Schema counts code points, not UTF-16 units.
  const length = [...value].length;
  if (length < (numberOf(node, 'minLength') ?? 0)) return 'no';
  if (length > (numberOf(node, 'maxLength') ?? Infinity)) return 'no';
  let verdict: Verdict = node.format === undefined ? 'yes' : 'unknown';
  for (const pattern of patternsOf(node)) {
    try {
      if (!new RegExp(pattern).test(value)) return 'no';
    } catch {
      verdict = 'unknown';
    }
  }
  return verdict;
}

function numberVerdict(value: number, node: JsonSchemaObject): Verdict {
  const at = { value, exclusive: false };
  if (violatesLower(at, lowerBound(node, false)) || violatesUpper(at, upperBound(node, false))) {
    return 'no';
  }
  const multipleOf = numberOf(node, 'multipleOf');
  return multipleOf === undefined || isMultiple(value, multipleOf) ? 'yes' : 'no';
}
