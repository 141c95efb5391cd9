import type { TypedBranch } from './branches';
import {
  countProblems,
  isMultiple,
  lowerBound,
  lowerBoundProblems,
  upperBound,
  upperBoundProblems,
} from './bounds';
import { problem, type JsonSchemaObject, type Problem } from './json-schema';
import { numberOf, patternsOf } from './keywords';

export function compareStrings(
  registered: JsonSchemaObject,
  current: JsonSchemaObject,
  path: string,
): Problem[] {
  const problems = countProblems(path, registered, current, ['minLength', 'maxLength']);
  const [was, now] = [registered.format, current.format];
  if (now !== undefined && now !== was) {
    const change =
      was === undefined ? `added: ${String(now)}` : `changed from ${String(was)} to ${String(now)}`;
    problems.push(problem(path, `format ${change}`));
  }
  return [...problems, ...patternProblems(patternsOf(registered), patternsOf(current), path)];
}

/** Regular expressions are compared as text: a changed one cannot be shown to accept as much. */
function patternProblems(registered: string[], current: string[], path: string): Problem[] {
  const added = current.filter((pattern) => !registered.includes(pattern));
  const removed = registered.filter((pattern) => !current.includes(pattern));
  if (added.length === 1 && removed.length === 1) {
    return [problem(path, `pattern changed from ${removed[0]} to ${added[0]}`)];
  }
  return added.map((pattern) => problem(path, `pattern added: ${pattern}`));
}

/** `registered` is an integer or number branch, `current` one that can hold its values. */
export function compareNumbers(
  registered: TypedBranch,
  current: TypedBranch,
  path: string,
): Problem[] {
  const integer = registered.kind === 'integer';
  const problems = [
    ...lowerBoundProblems(
      path,
      'minimum',
      lowerBound(registered.node, integer),
      lowerBound(current.node, integer),
    ),
    ...upperBoundProblems(
      path,
      'maximum',
      upperBound(registered.node, integer),
      upperBound(current.node, integer),
    ),
  ];
  const now = numberOf(current.node, 'multipleOf');
  const was = numberOf(registered.node, 'multipleOf');
  // Every integer is a multiple of 1.
  const effective = was ?? (integer ? 1 : undefined);
  if (now !== undefined && (effective === undefined || !isMultiple(effective, now))) {
    const change = was === undefined ? `added: ${now}` : `changed from ${was} to ${now}`;
    problems.push(problem(path, `multipleOf ${change}`));
  }
  return problems;
}
