import pg from 'pg';
import type { DeclaredTable } from './prisma-schema';

/** The tables of a database's `public` schema, in the same shape as those schema.prisma declares. */
export async function readDatabaseTables(connectionString: string): Promise<DeclaredTable[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const columns = await client.query<ColumnRow>(columnsQuery);
    const keys = await client.query<{ table_name: string; column_name: string }>(primaryKeysQuery);
    const tables = new Map<string, DeclaredTable>();
    for (const row of columns.rows) {
      const table = tables.get(row.table_name) ?? {
        name: row.table_name,
        columns: [],
        primaryKey: [],
      };
      table.columns.push({
        name: row.column_name,
        type: typeOf(row),
        nullable: row.is_nullable === 'YES',
      });
      tables.set(row.table_name, table);
    }
    for (const key of keys.rows) tables.get(key.table_name)?.primaryKey.push(key.column_name);
    return [...tables.values()];
  } finally {
    await client.end();
  }
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  udt_name: string;
  character_maximum_length: number | null;
  datetime_precision: number | null;
  is_nullable: 'YES' | 'NO';
}

// Prisma's own ledger is not part of schema.prisma.
const columnsQuery = `
  SELECT c.table_name, c.column_name, c.data_type, c.udt_name, c.character_maximum_length,
         c.datetime_precision, c.is_nullable
    FROM information_schema.columns c
    JOIN information_schema.tables t USING (table_schema, table_name)
   WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.table_name <> '_prisma_migrations'
   ORDER BY c.table_name, c.ordinal_position`;

const primaryKeysQuery = `
  SELECT k.table_name, k.column_name
    FROM information_schema.table_constraints c
    JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name, table_name)
   WHERE c.table_schema = 'public' AND c.constraint_type = 'PRIMARY KEY'
   ORDER BY k.table_name, k.ordinal_position`;

const arrayElements: Record<string, string> = {
  _text: 'text',
  _int4: 'integer',
  _int8: 'bigint',
  _uuid: 'uuid',
};

function typeOf(row: ColumnRow): string {
  const { data_type: type, character_maximum_length: length, datetime_precision: precision } = row;
  if (type === 'USER-DEFINED') return row.udt_name;
  // information_schema names an array's element only by its internal name: `_text` is text[].
  if (type === 'ARRAY') return `${arrayElements[row.udt_name] ?? row.udt_name.slice(1)}[]`;
  if (type === 'character' || type === 'character varying') {
    return length === null ? type : `${type}(${length})`;
  }
  if (type.startsWith('timestamp')) return type.replace('timestamp', `timestamp(${precision})`);
  return type;
}
