import { z } from 'zod';
import { isSchemaObject, type JsonSchemaObject } from './json-schema';

/** What the registry needs of an event definition: its type and every version's schema. */
export interface VersionedEventSchemas {
  readonly type: string;
  readonly schemas: readonly z.ZodType[];
}

/** One registered (or to-be-registered) version of an event type. */
export interface SchemaDocument {
  readonly type: string;
  readonly version: number;
  readonly schema: JsonSchemaObject;
}

export const schemaId = (type: string, version: number): string =>
  `urn:shop:event:${type}:v${version}`;

/**
 * The JSON Schema of what a version stores. `io: 'input'` because a stored payload is read by
 * parsing it with that version's zod schema: defaults may be missing, transforms not yet applied.
 */
export function schemaDocument(type: string, version: number, schema: z.ZodType): SchemaDocument {
  const { $schema, ...json } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    // Events are JSON: a Date or bigint in a payload is a mistake worth failing on.
    unrepresentable: 'throw',
    cycles: 'ref',
    reused: 'inline',
  });
  const titled = { $schema, $id: schemaId(type, version), title: `${type} v${version}`, ...json };
  return { type, version, schema: canonical(titled) as JsonSchemaObject };
}

export const schemaDocumentsOf = (
  definitions: readonly VersionedEventSchemas[],
): SchemaDocument[] =>
  definitions.flatMap(({ type, schemas }) =>
    schemas.map((schema, index) => schemaDocument(type, index + 1, schema)),
  );

const leading = ['$schema', '$id', 'title', 'description', 'type'];
const namedMaps = new Set(['properties', '$defs', 'patternProperties', 'dependentSchemas']);
const rank = (key: string) => (leading.includes(key) ? leading.indexOf(key) : leading.length);

/**
 * Keys in a fixed order (the identifying ones first, then alphabetical) and `required` sorted, so
 * that reordering fields in code does not rewrite a registered file.
 */
function canonical(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item));
    const names = key === 'required' && items.every((item) => typeof item === 'string');
    return names ? [...(items as string[])].sort() : items;
  }
  if (!isSchemaObject(value)) return value;
  // Maps of names (properties, $defs) are plain alphabetical: a property may be called `type`.
  const named = key !== undefined && namedMaps.has(key);
  const order = (a: string, b: string) =>
    (named ? 0 : rank(a) - rank(b)) || (a < b ? -1 : a > b ? 1 : 0);
  const keys = Object.keys(value).sort(order);
  // The values of a map of names are schemas again, whatever their name.
  const entries = keys.map((name) => [name, canonical(value[name], named ? undefined : name)]);
  return Object.fromEntries(entries);
}
