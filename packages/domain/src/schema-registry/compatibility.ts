import { branchesOf, type Branch, type TypedBranch } from './branches';
import { compareArrays } from './compare-array';
import { compareObjects } from './compare-object';
import { compareNumbers, compareStrings } from './compare-scalars';
import { assertNever } from '../shared/decider';
import {
  deepEqual,
  isSchemaObject,
  refsIn,
  problem,
  type Compare,
  type JsonSchema,
  type JsonSchemaObject,
  type Problem,
} from './json-schema';
import { validationKeywordsOf } from './keywords';
import { alternativePath, describe, typeChanged, valueProblems } from './problem-messages';

/**
 * Backward compatible: every payload valid under the registered schema is valid under the current
 * one, so events stored with that version stay readable. The check is sound for the subset of
 * JSON Schema zod emits and conservative elsewhere: what it cannot decide is reported, never passed.
 */
export function checkBackwardCompatible(registered: JsonSchema, current: JsonSchema): Problem[] {
  // A recursive schema meets the same pair again: assuming it holds there is the coinductive proof.
  const inProgress: [JsonSchema, JsonSchema][] = [];
  const same = sameMeaning(registered, current);
  const compare: Compare = (before, after, path) => {
    if (same(before, after)) return [];
    if (inProgress.some(([was, now]) => was === before && now === after)) return [];
    inProgress.push([before, after]);
    try {
      const was = branchesOf(before, registered, 'registered');
      const now = branchesOf(after, current, 'current');
      return was.flatMap((branch, index) =>
        includedIn(branch, now, alternativePath(path, branch, index, was.length), compare, same),
      );
    } finally {
      inProgress.pop();
    }
  };
  return compare(registered, current, '');
}

/**
 * Equal text means equal meaning, unless a `$ref` in it points into documents that differ: only
 * references to `$defs` equal on both sides are safe.
 */
function sameMeaning(registered: JsonSchema, current: JsonSchema) {
  const defs = (root: JsonSchema) => (isSchemaObject(root) ? root.$defs : undefined);
  const sameDefs = deepEqual(defs(registered), defs(current));
  return (before: JsonSchema, after: JsonSchema): boolean =>
    deepEqual(before, after) &&
    refsIn(before).every((ref) => sameDefs && ref.startsWith('#/$defs/'));
}

/** The validation keywords of a node without its annotations (a changed description is harmless). */
const constraintsOf = (node: JsonSchemaObject): JsonSchemaObject =>
  Object.fromEntries(validationKeywordsOf(node).map((keyword) => [keyword, node[keyword]]));

/** Whether every value of one registered alternative is accepted by some current alternative. */
function includedIn(
  branch: Branch,
  current: Branch[],
  path: string,
  compare: Compare,
  same: (before: JsonSchema, after: JsonSchema) => boolean,
): Problem[] {
  if (current.some((other) => other.kind === 'any')) return [];
  switch (branch.kind) {
    case 'any':
      return [problem(path, `type narrowed from any value to ${describe(current)}`)];
    case 'values':
      return valueProblems(branch, current, path);
    case 'opaque': {
      const unchanged = current.some(
        (other) =>
          other.kind === 'opaque' && same(constraintsOf(branch.node), constraintsOf(other.node)),
      );
      return unchanged ? [] : [problem(path, `cannot decide: ${branch.why} changed`)];
    }
    case 'string':
    case 'number':
    case 'integer':
    case 'array':
    case 'object':
      return typedProblems(branch, current, path, compare);
    default:
      return assertNever(branch);
  }
}

function typedProblems(
  branch: TypedBranch,
  current: Branch[],
  path: string,
  compare: Compare,
): Problem[] {
  const candidates = current.filter(
    (other): other is TypedBranch =>
      other.kind === branch.kind || (branch.kind === 'integer' && other.kind === 'number'),
  );
  if (candidates.length === 0) return [typeChanged(branch, current, path)];
  // Each candidate's problems; any candidate without one holds every value of the branch.
  const attempts = candidates.map((candidate) => {
    if (branch.kind === 'string') return compareStrings(branch.node, candidate.node, path);
    if (branch.kind === 'array') return compareArrays(branch.node, candidate.node, path, compare);
    if (branch.kind === 'object') return compareObjects(branch.node, candidate.node, path, compare);
    return compareNumbers(branch, candidate, path);
  });
  return attempts.reduce((fewest, next) => (next.length < fewest.length ? next : fewest));
}
