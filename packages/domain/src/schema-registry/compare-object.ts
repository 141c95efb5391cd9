import { countProblems } from './bounds';
import {
  childPath,
  isSchema,
  isSchemaObject,
  problem,
  type Compare,
  type JsonSchema,
  type JsonSchemaObject,
  type Problem,
} from './json-schema';
import { stringsOf } from './keywords';

function propertiesOf(node: JsonSchemaObject): Map<string, JsonSchema> {
  const properties = isSchemaObject(node.properties) ? node.properties : {};
  return new Map(
    Object.entries(properties).filter((entry): entry is [string, JsonSchema] => isSchema(entry[1])),
  );
}

/**
 * What a registered object may have stored under a name it does not declare. zod's `z.object`
 * (no `additionalProperties` in its input schema) strips undeclared keys when an event is parsed,
 * so a payload of that version never carried one: that is why adding an optional property is
 * compatible. Only an explicit `additionalProperties` (`z.looseObject`, `catchall`, `z.record`)
 * says that such keys were stored.
 */
function storedExtras(node: JsonSchemaObject): JsonSchema | undefined {
  const extras = node.additionalProperties;
  return isSchema(extras) && extras !== false ? extras : undefined;
}

/** An undeclared key is accepted (and ignored) unless additionalProperties says otherwise. */
const acceptedExtras = (node: JsonSchemaObject): JsonSchema =>
  isSchema(node.additionalProperties) ? node.additionalProperties : true;

export function compareObjects(
  registered: JsonSchemaObject,
  current: JsonSchemaObject,
  path: string,
  compare: Compare,
): Problem[] {
  const problems = countProblems(path, registered, current, ['minProperties', 'maxProperties']);
  const [was, now] = [propertiesOf(registered), propertiesOf(current)];
  const required = new Set(stringsOf(registered.required));
  for (const key of stringsOf(current.required).filter((name) => !required.has(name))) {
    const message = was.has(key) ? 'optional property became required' : 'new required property';
    problems.push(problem(childPath(path, key), message));
  }
  const wasExtra = storedExtras(registered);
  const nowExtra = acceptedExtras(current);
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const before = was.get(key) ?? wasExtra;
    if (before === undefined) continue;
    const after = now.get(key) ?? nowExtra;
    if (after === false && was.has(key)) {
      const why =
        'property removed while additionalProperties is false: stored events carrying it would be rejected';
      problems.push(problem(childPath(path, key), why));
      continue;
    }
    problems.push(...compare(before, after, childPath(path, key)));
  }
  if (wasExtra !== undefined) problems.push(...compareExtras(registered, current, path, compare));
  return [
    ...problems,
    ...propertyNameProblems(registered, current, [...was.keys()], path, compare),
  ];
}

/** Keys the registered object accepted without declaring them (a record, a loose object). */
function compareExtras(
  registered: JsonSchemaObject,
  current: JsonSchemaObject,
  path: string,
  compare: Compare,
): Problem[] {
  const nowExtra = acceptedExtras(current);
  if (nowExtra === false) return [problem(path, 'additional properties no longer accepted')];
  return compare(storedExtras(registered) ?? true, nowExtra, childPath(path, '*'));
}

/** `propertyNames` (a record's key schema) applies to every key, declared or not. */
function propertyNameProblems(
  registered: JsonSchemaObject,
  current: JsonSchemaObject,
  declared: readonly string[],
  path: string,
  compare: Compare,
): Problem[] {
  const names = current.propertyNames;
  if (!isSchema(names)) return [];
  const problems = declared.flatMap((key) =>
    compare({ const: key }, names, `${childPath(path, key)}(name)`),
  );
  if (storedExtras(registered) === undefined) return problems;
  // Property names are strings, whatever the registered schema said about them.
  const was = isSchema(registered.propertyNames) ? registered.propertyNames : { type: 'string' };
  return [...problems, ...compare(was, names, `${path}(property names)`)];
}
