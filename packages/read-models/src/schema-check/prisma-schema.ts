/**
 * Reads the tables that schema.prisma declares, as Postgres would name and type them. A small
 * parser of model blocks, because Prisma's own (getDMMF) needs engines that cannot run everywhere
 * this project does. It knows the scalars and @db attributes this schema uses and refuses others,
 * so a new one is added here deliberately rather than compared wrongly.
 */
export interface DeclaredColumn {
  name: string;
  /** As information_schema spells it, with length or precision, e.g. `character(3)`. */
  type: string;
  nullable: boolean;
}

export interface DeclaredTable {
  name: string;
  columns: DeclaredColumn[];
  primaryKey: string[];
}

// A model's body ends at the first line that starts with `}` (braces inside it, as in a default
// value, are not on such a line).
const modelBlock = /^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
const fieldLine = /^(\w+)\s+(Unsupported\("[^"]+"\)|\w+)(\?|\[\])?(.*)$/;

export function parsePrismaSchema(text: string): DeclaredTable[] {
  const blocks = [...text.matchAll(modelBlock)].map(([, model = '', body = '']) => ({
    model,
    body,
  }));
  const models = new Set(blocks.map(({ model }) => model));
  return blocks.map(({ model, body }) => parseModel(model, body, models));
}

function parseModel(model: string, body: string, models: Set<string>): DeclaredTable {
  const lines = body
    .split('\n')
    .map((line) => line.replace(/\/\/.*$/, '').trim())
    .filter(Boolean);
  const columns: (DeclaredColumn & { field: string; isId: boolean })[] = [];
  let tableName = model;
  let compoundId: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith('@@map(')) tableName = stringArgument(line, '@@map');
    else if (line.startsWith('@@id(')) compoundId = fieldList(line);
    else if (line.startsWith('@@')) continue;
    else {
      const match = fieldLine.exec(line);
      if (!match) throw new Error(`Cannot read field of ${model}: ${line}`);
      const [, field = '', scalar = '', modifier, attributes = ''] = match;
      // Relation fields (typed by another model) have no column of their own.
      if (models.has(scalar)) continue;
      const type = postgresType(scalar, attributes, `${model}.${field}`);
      columns.push({
        field,
        name: attributes.includes('@map(') ? stringArgument(attributes, '@map') : field,
        // A scalar list is an array column; this project declares them NOT NULL (empty, not null).
        type: modifier === '[]' ? `${type}[]` : type,
        nullable: modifier === '?',
        isId: /@id\b/.test(attributes),
      });
    }
  }
  const idFields = compoundId ?? columns.filter((c) => c.isId).map((c) => c.field);
  return {
    name: tableName,
    columns: columns.map(({ name, type, nullable }) => ({ name, type, nullable })),
    primaryKey: idFields.map((id) => columns.find((c) => c.field === id)?.name ?? id),
  };
}

function stringArgument(text: string, attribute: string): string {
  const match = new RegExp(`${attribute}\\(\\s*(?:name:\\s*)?"([^"]+)"`).exec(text);
  if (!match?.[1]) throw new Error(`Cannot read ${attribute} in: ${text}`);
  return match[1];
}

function fieldList(line: string): string[] {
  const list = /\[([^\]]*)\]/.exec(line)?.[1] ?? '';
  return list.split(',').map((field) => field.trim());
}

const nativeTypes: Record<string, (argument: string | undefined) => string> = {
  Uuid: () => 'uuid',
  Text: () => 'text',
  Char: (length) => `character(${length ?? 1})`,
  VarChar: (length) => (length ? `character varying(${length})` : 'character varying'),
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  SmallInt: () => 'smallint',
  Timestamptz: (precision) => `timestamp(${precision ?? 6}) with time zone`,
  Timestamp: (precision) => `timestamp(${precision ?? 6}) without time zone`,
  JsonB: () => 'jsonb',
};

// Prisma's defaults for a scalar without @db (DateTime is timestamp(3), not 6).
const scalarTypes: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Boolean: 'boolean',
  Float: 'double precision',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

function postgresType(scalar: string, attributes: string, where: string): string {
  const unsupported = /^Unsupported\("([^"]+)"\)$/.exec(scalar);
  if (unsupported?.[1]) return unsupported[1];
  const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(attributes);
  if (native?.[1]) {
    const toType = nativeTypes[native[1]];
    if (!toType) throw new Error(`${where}: @db.${native[1]} is not known to this parser`);
    return toType(native[2]?.trim() || undefined);
  }
  const type = scalarTypes[scalar];
  if (!type) throw new Error(`${where}: ${scalar} is not known to this parser`);
  return type;
}
