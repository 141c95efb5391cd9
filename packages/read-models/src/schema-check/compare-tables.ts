import type { DeclaredColumn, DeclaredTable } from './prisma-schema';

/** Every difference between two descriptions of the same tables, one readable line each. */
export function compareTables(schema: DeclaredTable[], database: DeclaredTable[]): string[] {
  const differences: string[] = [];
  const inDatabase = new Map(database.map((table) => [table.name, table]));
  const inSchema = new Map(schema.map((table) => [table.name, table]));
  for (const table of schema) {
    const actual = inDatabase.get(table.name);
    if (!actual) differences.push(`table ${table.name}: in schema.prisma, not in the database`);
    else differences.push(...compareColumns(table, actual));
  }
  for (const table of database) {
    if (!inSchema.has(table.name)) {
      differences.push(`table ${table.name}: in the database, not in schema.prisma`);
    }
  }
  return differences;
}

function compareColumns(schema: DeclaredTable, database: DeclaredTable): string[] {
  const differences: string[] = [];
  const actualColumns = new Map(database.columns.map((column) => [column.name, column]));
  for (const column of schema.columns) {
    const actual = actualColumns.get(column.name);
    const where = `${schema.name}.${column.name}`;
    if (!actual) differences.push(`${where}: in schema.prisma, not in the database`);
    else differences.push(...compareColumn(where, column, actual));
  }
  const declared = new Set(schema.columns.map((column) => column.name));
  for (const column of database.columns) {
    if (!declared.has(column.name)) {
      differences.push(`${schema.name}.${column.name}: in the database, not in schema.prisma`);
    }
  }
  if (schema.primaryKey.join(',') !== database.primaryKey.join(',')) {
    differences.push(
      `${schema.name} primary key: (${schema.primaryKey.join(', ')}) in schema.prisma, ` +
        `(${database.primaryKey.join(', ')}) in the database`,
    );
  }
  return differences;
}

function compareColumn(where: string, schema: DeclaredColumn, database: DeclaredColumn): string[] {
  const differences: string[] = [];
  if (schema.type !== database.type) {
    differences.push(`${where}: ${schema.type} in schema.prisma, ${database.type} in the database`);
  }
  if (schema.nullable !== database.nullable) {
    const nullability = (column: DeclaredColumn) => (column.nullable ? 'nullable' : 'not null');
    differences.push(
      `${where}: ${nullability(schema)} in schema.prisma, ${nullability(database)} in the database`,
    );
  }
  return differences;
}
