import { readFile } from 'node:fs/promises';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTables } from './compare-tables';
import { readDatabaseTables } from './database-schema';
import { parsePrismaSchema, type DeclaredTable } from './prisma-schema';

const schemaPath = new URL('../../../../prisma/schema.prisma', import.meta.url);

let db: TestDatabase;
let schemaText: string;
let migrated: DeclaredTable[];

beforeAll(async () => {
  db = await createTestDatabase('read_models_schema');
  schemaText = await readFile(schemaPath, 'utf8');
  migrated = await readDatabaseTables(db.connectionString);
});

afterAll(async () => {
  await db?.drop();
});

/**
 * schema.prisma with one edit inside one model's block, which must apply exactly once there so the
 * test cannot pass vacuously (other models have fields of the same names).
 */
function editedSchema(model: string, from: RegExp, to: string): DeclaredTable[] {
  const block = new RegExp(`^model ${model} \\{[\\s\\S]*?^\\}`, 'm').exec(schemaText)?.[0];
  if (!block) throw new Error(`No model ${model} in schema.prisma`);
  expect(block.match(new RegExp(from, 'gm'))).toHaveLength(1);
  return parsePrismaSchema(schemaText.replace(block, block.replace(from, to)));
}

describe('prisma/migrations against prisma/schema.prisma', () => {
  it('builds exactly the tables, columns, types, nullability and keys the schema declares', () => {
    const declared = parsePrismaSchema(schemaText);
    expect(declared.map((table) => table.name).sort()).toEqual([
      'admin_order_customers',
      'admin_orders',
      'carts',
      'catalog_products',
      'checkout_payment_methods',
      'customer_orders',
      'demo_payments',
      'events',
      'inventory_levels',
      'order_histories',
      'order_sagas',
      'order_status_changes',
      'product_details',
      'projection_consumers',
      'projection_dead_letters',
      'projection_partition_checkpoints',
      'projection_rebuilds',
      'projections',
      'relay_checkpoints',
      'saga_actions',
      'saga_checkpoints',
      'search_products',
      'search_stock',
      'search_terms',
      'snapshots',
    ]);
    expect(compareTables(declared, migrated)).toEqual([]);
  });

  it('reads the types that need a mapping as Postgres names them', () => {
    const column = (table: string, name: string) =>
      migrated.find((t) => t.name === table)?.columns.find((c) => c.name === name)?.type;
    expect(column('events', 'transaction_id')).toBe('xid8');
    expect(column('events', 'event_id')).toBe('uuid');
    expect(column('events', 'data')).toBe('jsonb');
    expect(column('catalog_products', 'currency')).toBe('character(3)');
    expect(column('catalog_products', 'added_at')).toBe('timestamp(6) with time zone');
  });

  it('notices a column declared in schema.prisma only', () => {
    const schema = editedSchema(
      'CatalogProduct',
      /^(\s+)priceMinor(.*)$/m,
      '$1priceMinor$2\n  stock Int @map("stock")',
    );
    expect(compareTables(schema, migrated)).toEqual([
      'catalog_products.stock: in schema.prisma, not in the database',
    ]);
  });

  it('notices a column missing from schema.prisma', () => {
    const schema = editedSchema('CatalogProduct', /^\s+description\s+String\?\n/m, '');
    expect(compareTables(schema, migrated)).toEqual([
      'catalog_products.description: in the database, not in schema.prisma',
    ]);
  });

  it('notices a different type or nullability', () => {
    const wider = editedSchema('CatalogProduct', /priceMinor\s+Int\?/, 'priceMinor BigInt?');
    expect(compareTables(wider, migrated)).toEqual([
      'catalog_products.price_minor: bigint in schema.prisma, integer in the database',
    ]);
    const optional = editedSchema('Event', /streamId\s+String\s+@map/, 'streamId String? @map');
    expect(compareTables(optional, migrated)).toEqual([
      'events.stream_id: nullable in schema.prisma, not null in the database',
    ]);
  });

  it('notices a column added to the database only', async () => {
    const client = new pg.Client({ connectionString: db.connectionString });
    await client.connect();
    try {
      await client.query('ALTER TABLE "catalog_products" ADD COLUMN "stock" integer');
    } finally {
      await client.end();
    }
    const altered = await readDatabaseTables(db.connectionString);
    expect(compareTables(parsePrismaSchema(schemaText), altered)).toEqual([
      'catalog_products.stock: in the database, not in schema.prisma',
    ]);
  });
});

describe('scalar lists', () => {
  it('declare array columns, compared with the database', () => {
    const searchProducts = migrated.find((table) => table.name === 'search_products');
    expect(searchProducts?.columns.find((column) => column.name === 'tags')).toEqual({
      name: 'tags',
      type: 'text[]',
      nullable: false,
    });
    const intTags = editedSchema('SearchProduct', /tags(\s+)String\[\]/, 'tags$1Int[]');
    expect(compareTables(intTags, migrated)).toEqual([
      'search_products.tags: integer[] in schema.prisma, text[] in the database',
    ]);
  });
});
