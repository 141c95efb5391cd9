import { Prisma } from '../../generated/prisma/client';
import type { ReadModelsTransaction } from '../../prisma';
import {
  noProductPart,
  noStockPart,
  type DocumentPart,
  type ProductPart,
  type SearchProduct,
  type StockPart,
} from '../search-document';

/*
 * Rows of the Postgres search engine. Writes take many rows (one jsonb parameter, one statement)
 * so that the projection's single row and a bulk load share the same SQL, and never let an older
 * version replace a newer one.
 */

export interface ProductRow {
  productId: string;
  part: DocumentPart<SearchProduct>;
}

export interface StockRow {
  productId: string;
  part: StockPart;
}

interface StoredProduct {
  version: number;
  name: string;
  description: string;
  category: string;
  tags: string[];
  price_minor: number;
  currency: string;
  added_at: Date;
  discontinued: boolean;
}

/** The product parts of these products (those stored; the others have none yet). */
export async function readProductParts(
  tx: ReadModelsTransaction,
  generation: number,
  productIds: readonly string[],
): Promise<Map<string, ProductPart>> {
  if (productIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<(StoredProduct & { product_id: string })[]>`
    SELECT "product_id"::text, "version", "name", "description", "category", "tags",
           "price_minor", "currency", "added_at", "discontinued"
      FROM "search_products"
     WHERE "generation" = ${generation} AND "product_id" = ANY(${productIds}::uuid[])`;
  return new Map(
    rows.map(({ product_id, version, price_minor, currency, added_at, ...product }) => [
      product_id,
      {
        version,
        state: {
          ...product,
          price: { amountMinor: price_minor, currency },
          addedAt: added_at.toISOString(),
        },
      },
    ]),
  );
}

export async function readProductPart(
  tx: ReadModelsTransaction,
  generation: number,
  productId: string,
): Promise<ProductPart> {
  return (await readProductParts(tx, generation, [productId])).get(productId) ?? noProductPart;
}

/** The stock parts of these products (those stored; the others have none yet). */
export async function readStockParts(
  tx: ReadModelsTransaction,
  generation: number,
  productIds: readonly string[],
): Promise<Map<string, StockPart>> {
  if (productIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<
    { product_id: string; version: number; on_hand: number; reserved: number }[]
  >`
    SELECT "product_id"::text, "version", "on_hand", "reserved" FROM "search_stock"
     WHERE "generation" = ${generation} AND "product_id" = ANY(${productIds}::uuid[])`;
  return new Map(
    rows.map((row) => [
      row.product_id,
      { version: row.version, state: { onHand: row.on_hand, reserved: row.reserved } },
    ]),
  );
}

export async function readStockPart(
  tx: ReadModelsTransaction,
  generation: number,
  productId: string,
): Promise<StockPart> {
  return (await readStockParts(tx, generation, [productId])).get(productId) ?? noStockPart;
}

export async function writeProducts(
  tx: ReadModelsTransaction,
  generation: number,
  rows: readonly ProductRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map(({ productId, part: { version, state } }) => ({
    product_id: productId,
    version,
    name: state.name,
    description: state.description,
    category: state.category,
    tags: state.tags,
    price_minor: state.price.amountMinor,
    currency: state.price.currency,
    added_at: state.addedAt,
    discontinued: state.discontinued,
  }));
  await tx.$executeRaw`
    INSERT INTO "search_products" AS p ("generation", "product_id", "version", "name",
           "description", "category", "tags", "price_minor", "currency", "added_at",
           "discontinued", "search_vector")
    SELECT ${generation}, r.product_id, r.version, r.name, r.description, r.category, r.tags,
           r.price_minor, r.currency, r.added_at, r.discontinued,
           setweight(to_tsvector('english', r.name), 'A')
             || setweight(to_tsvector('english',
                  concat_ws(' ', array_to_string(r.tags, ' '), replace(r.category, '-', ' '))), 'B')
             || setweight(to_tsvector('english', r.description), 'C')
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS r(
             product_id uuid, version integer, name text, description text, category text,
             tags text[], price_minor integer, currency text, added_at timestamptz,
             discontinued boolean)
    ON CONFLICT ("generation", "product_id") DO UPDATE SET
           "version" = EXCLUDED."version", "name" = EXCLUDED."name",
           "description" = EXCLUDED."description", "category" = EXCLUDED."category",
           "tags" = EXCLUDED."tags", "price_minor" = EXCLUDED."price_minor",
           "currency" = EXCLUDED."currency", "added_at" = EXCLUDED."added_at",
           "discontinued" = EXCLUDED."discontinued", "search_vector" = EXCLUDED."search_vector"
     WHERE p."version" < EXCLUDED."version"`;
}

export async function writeStock(
  tx: ReadModelsTransaction,
  generation: number,
  rows: readonly StockRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const records = rows.map(({ productId, part: { version, state } }) => ({
    product_id: productId,
    version,
    on_hand: state.onHand,
    reserved: state.reserved,
  }));
  await tx.$executeRaw`
    INSERT INTO "search_stock" AS s ("generation", "product_id", "version", "on_hand", "reserved")
    SELECT ${generation}, r.product_id, r.version, r.on_hand, r.reserved
      FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb)
           AS r(product_id uuid, version integer, on_hand integer, reserved integer)
    ON CONFLICT ("generation", "product_id") DO UPDATE SET
           "version" = EXCLUDED."version", "on_hand" = EXCLUDED."on_hand",
           "reserved" = EXCLUDED."reserved"
     WHERE s."version" < EXCLUDED."version"`;
}

/**
 * Counts each product's words in or out; a word no listed product uses any more is deleted.
 *
 * A word's count is shared by products whose streams are applied by different partitions at the
 * same time, so its read-modify-write is serialised: the batch first takes a transaction lock per
 * word, in lock-id order (the same in every transaction, so two batches wait instead of
 * deadlocking), then updates and deletes in separate statements that see each other's effect.
 */
export async function adjustTerms(
  tx: ReadModelsTransaction,
  generation: number,
  { added, removed }: { added: readonly string[]; removed: readonly string[] },
): Promise<void> {
  if (added.length === 0 && removed.length === 0) return;
  const keys = [...new Set([...added, ...removed])].map(
    (term) => `search_terms:${generation}:${term}`,
  );
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(lock_id)
    FROM (
      SELECT DISTINCT hashtextextended(key, 0) AS lock_id
      FROM unnest(${keys}::text[]) AS key
      ORDER BY lock_id
      OFFSET 0
    ) AS ordered`;
  if (removed.length > 0) {
    const counted = Prisma.sql`
      SELECT term, count(*)::integer AS n FROM unnest(${removed}::text[]) AS term GROUP BY term`;
    await tx.$executeRaw`
      DELETE FROM "search_terms" t USING (${counted}) r
       WHERE t."generation" = ${generation} AND t."term" = r.term AND t."products" <= r.n`;
    await tx.$executeRaw`
      UPDATE "search_terms" t SET "products" = t."products" - r.n FROM (${counted}) r
       WHERE t."generation" = ${generation} AND t."term" = r.term AND t."products" > r.n`;
  }
  if (added.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "search_terms" ("generation", "term", "products")
      SELECT ${generation}, term, count(*)::integer FROM unnest(${added}::text[]) AS term GROUP BY term
      ON CONFLICT ("generation", "term")
        DO UPDATE SET "products" = "search_terms"."products" + EXCLUDED."products"`;
  }
}

export async function dropSearchGeneration(
  tx: ReadModelsTransaction,
  generation: number,
): Promise<void> {
  for (const table of ['search_products', 'search_stock', 'search_terms']) {
    await tx.$executeRaw`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "generation" = ${generation}`;
  }
}
