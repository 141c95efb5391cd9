import { countProblems } from './bounds';
import {
  isSchema,
  problem,
  type Compare,
  type JsonSchema,
  type JsonSchemaObject,
  type Problem,
} from './json-schema';
import { numberOf } from './keywords';

const schemaList = (value: unknown): JsonSchema[] =>
  Array.isArray(value) ? value.filter(isSchema) : [];
/** The schema of the items after `prefixItems`; absent means any. */
const tail = (node: JsonSchemaObject): JsonSchema => (isSchema(node.items) ? node.items : true);

/**
 * Every position a registered array can fill must accept what it held: tuple positions
 * (`prefixItems`) one by one, then the rest (`items`), as far as the registered `maxItems` reaches.
 */
export function compareArrays(
  registered: JsonSchemaObject,
  current: JsonSchemaObject,
  path: string,
  compare: Compare,
): Problem[] {
  if (Array.isArray(registered.items) || Array.isArray(current.items)) {
    return [problem(path, 'cannot decide: items as an array (a draft-07 tuple) is not supported')];
  }
  const problems = countProblems(path, registered, current, ['minItems', 'maxItems']);
  if (current.uniqueItems === true && registered.uniqueItems !== true) {
    problems.push(problem(path, 'uniqueItems added'));
  }
  const [was, now] = [schemaList(registered.prefixItems), schemaList(current.prefixItems)];
  const reach = numberOf(registered, 'maxItems') ?? Infinity;
  const positions = Math.max(was.length, now.length);
  for (let index = 0; index < Math.min(positions, reach); index++) {
    const item = (prefix: JsonSchema[], node: JsonSchemaObject) => prefix[index] ?? tail(node);
    problems.push(...compare(item(was, registered), item(now, current), `${path}[${index}]`));
  }
  if (reach > positions) problems.push(...compare(tail(registered), tail(current), `${path}[]`));
  return problems;
}
