import { acceptsValue } from './accepts';
import type { Branch, TypedBranch, ValuesBranch } from './branches';
import { assertNever } from '../shared/decider';
import { isSchemaObject, problem, stringify, type Problem } from './json-schema';

/** A registered type that no current alternative holds: narrowed (number → integer) or changed. */
export function typeChanged(branch: TypedBranch, current: Branch[], path: string): Problem {
  const opaque = current.find((other) => other.kind === 'opaque');
  if (opaque) return problem(path, `cannot decide: the current schema uses ${opaque.why}`);
  const narrowed = current.some(
    (other) =>
      (branch.kind === 'number' && other.kind === 'integer') ||
      (other.kind === 'values' &&
        other.values.some((value) => acceptsValue(value, [branch]) !== 'no')),
  );
  return problem(
    path,
    `type ${narrowed ? 'narrowed' : 'changed'} from ${branch.kind} to ${describe(current)}`,
  );
}

/** Registered values (an enum, a const, `true`/`false`, `null`) the current schema may reject. */
export function valueProblems(branch: ValuesBranch, current: Branch[], path: string): Problem[] {
  const verdicts = branch.values.map((value) => ({ value, verdict: acceptsValue(value, current) }));
  const rejected = verdicts.filter(({ verdict }) => verdict === 'no').map(({ value }) => value);
  const undecided = verdicts
    .filter(({ verdict }) => verdict === 'unknown')
    .map(({ value }) => value);
  const problems = undecided.map((value) =>
    problem(
      path,
      `cannot decide whether ${stringify(value)} is still accepted by ${describe(current)}`,
    ),
  );
  if (rejected.length === 0) return problems;
  if (branch.from === 'boolean') {
    return [...problems, problem(path, `type narrowed from boolean to ${describe(current)}`)];
  }
  const enumOnly = current.every((other) => other.kind === 'values');
  const [only] = current;
  if (
    branch.values.length === 1 &&
    current.length === 1 &&
    only?.kind === 'values' &&
    only.values.length === 1
  ) {
    return [
      problem(
        path,
        `const changed from ${stringify(branch.values[0])} to ${stringify(only.values[0])}`,
      ),
    ];
  }
  return [
    ...problems,
    ...rejected.map((value) =>
      problem(
        path,
        enumOnly
          ? `enum value ${stringify(value)} removed`
          : `${stringify(value)} no longer accepted`,
      ),
    ),
  ];
}

/** How a problem names a schema: `string | null`, `enum ["a","b"]`, `const true`. */
export function describe(branches: Branch[]): string {
  const names = branches.map((branch): string => {
    switch (branch.kind) {
      case 'values':
        if (branch.from) return branch.from;
        return branch.values.length === 1
          ? `const ${stringify(branch.values[0])}`
          : `enum ${stringify(branch.values)}`;
      case 'any':
        return 'any value';
      case 'opaque':
        return `a schema using ${branch.why}`;
      case 'string':
      case 'number':
      case 'integer':
      case 'array':
      case 'object':
        return branch.kind;
      default:
        return assertNever(branch);
    }
  });
  return names.length === 0 ? 'nothing' : [...new Set(names)].join(' | ');
}

/** Names one alternative of a union: by its discriminator (`(kind="card")`) or its position. */
export function alternativePath(
  path: string,
  branch: Branch,
  index: number,
  count: number,
): string {
  if (count < 2 || branch.kind !== 'object') return path;
  const properties = isSchemaObject(branch.node.properties) ? branch.node.properties : {};
  const tag = Object.entries(properties).find(
    ([, schema]) => isSchemaObject(schema) && 'const' in schema,
  );
  if (!tag || !isSchemaObject(tag[1])) return `${path}(alternative ${index + 1})`;
  return `${path}(${tag[0]}=${stringify(tag[1].const)})`;
}
