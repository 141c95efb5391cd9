import { Prisma } from '../../generated/prisma/client';
import { correctableWords, wordsOf } from '../did-you-mean';
import { highlightEnd, highlightStart } from '../highlight';
import type { SearchQuery, SearchSort } from '../search-query';
import { facetSize } from '../search-result';

/** How many catalog words a mistyped word may stand for, and how alike they must be (pg_trgm). */
const alternativesPerWord = 3;
const minimumSimilarity = 0.4;
/** A description up to this long is shown whole; a longer one as fragments around the matches. */
const wholeDescriptionLength = 200;

const { sql, empty, raw, join } = Prisma;

// ts_headline marks matches with the private-use markers; renderHighlight turns them into HTML.
const markers = `StartSel="${highlightStart}", StopSel="${highlightEnd}"`;
const wholeText = `HighlightAll=true, ${markers}`;
const fragments = `MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … ", ${markers}`;

// Columns of the `page` rows (constant text, never input), qualified where `page` is joined.
const orderings: Record<SearchSort | 'relevanceWithoutText', string[]> = {
  relevance: ['rank DESC', 'added_at DESC', 'product_id'],
  relevanceWithoutText: ['added_at DESC', 'product_id'],
  newest: ['added_at DESC', 'product_id'],
  price_asc: ['price_minor ASC', 'product_id'],
  price_desc: ['price_minor DESC', 'product_id'],
};

function orderBy({ sort, text }: SearchQuery, table?: string): Prisma.Sql {
  const columns = orderings[sort === 'relevance' && !text ? 'relevanceWithoutText' : sort];
  return raw(columns.map((column) => (table ? `${table}.${column}` : column)).join(', '));
}

/** The projection's active generation, as the `active` CTE of `searchStatement` holds it. */
const generation = sql`(SELECT generation FROM active)`;

/** The catalog words closest to `word`, as a tsquery of alternatives (empty when none). */
const alternatives = (word: string) => sql`
  COALESCE((SELECT to_tsquery('english', string_agg(t.term, ' | ')) FROM (
    SELECT term FROM "search_terms"
     WHERE generation = ${generation} AND term % ${word}::text AND term <> ${word}::text
       AND similarity(term, ${word}::text) >= ${minimumSimilarity}
     ORDER BY similarity(term, ${word}::text) DESC, products DESC LIMIT ${alternativesPerWord}) t),
    ''::tsquery)`;

/**
 * Two tsqueries: `exact`, every word (stemmed); `tolerant`, every word or one of the catalog
 * words spelled like it. Typo tolerance thus stays a tsvector match on the GIN index, like
 * Elasticsearch's fuzzy query expanding to the indexed terms within a few edits.
 */
function textQueries(text: string): Prisma.Sql {
  const correctable = new Set(correctableWords(text));
  const perWord = wordsOf(text).map((word) => {
    const stemmed = sql`plainto_tsquery('english', ${word}::text)`;
    return correctable.has(word) ? sql`(${stemmed} || ${alternatives(word)})` : stemmed;
  });
  return sql`SELECT plainto_tsquery('english', ${text}::text) AS exact,
                    ${perWord.length > 0 ? join(perWord, ' && ') : sql`''::tsquery`} AS tolerant`;
}

/** The tag facet of `rows` (every filter applied), or an empty one when the query asks for none. */
function tagFacet(rows: Prisma.Sql, wanted: boolean): Prisma.Sql {
  if (!wanted) return sql`'[]'::json`;
  return sql`(SELECT COALESCE(json_agg(t ORDER BY t.count DESC, t.value), '[]'::json) FROM (
         SELECT tag AS value, count(*)::integer AS count
           FROM (SELECT unnest(tags) AS tag FROM ${rows}) AS tagged
          GROUP BY tag ORDER BY count(*) DESC, tag LIMIT ${facetSize}) t)`;
}

/**
 * One statement for a whole answer, so one snapshot and one round trip: the projection's active
 * generation (a rebuild's swap, which drops the old generation's rows, cannot land between reading
 * it and reading the rows), the page of hits with highlights, the total, and the facets.
 * `matched` (narrow rows) applies every filter but the category; `by_category` counts it once,
 * which gives the category facet and the total; the tag facet counts `filtered` (the category
 * applied too). A text query matches once (`matched` is materialised) and its page is sorted from
 * `matched`, ranked only when sorted by relevance; without text the page reads the table in the
 * sort's order and stops after it (an index serves "newest"), and `matched` is only scanned for
 * the counts rather than copied. Names, descriptions and highlights are read for the page only.
 */
export function searchStatement(query: SearchQuery, projection: string): Prisma.Sql {
  const { text, category, tags, minPrice, maxPrice, inStock, sort, page, pageSize } = query;
  const tolerant = sql`(SELECT tolerant FROM query)`;
  const conditions = [
    text ? sql`AND p.search_vector @@ ${tolerant}` : empty,
    minPrice === undefined ? empty : sql`AND p.price_minor >= ${minPrice}`,
    maxPrice === undefined ? empty : sql`AND p.price_minor <= ${maxPrice}`,
    tags.length > 0 ? sql`AND p.tags @> ${tags}::text[]` : empty,
    inStock
      ? sql`AND EXISTS (SELECT 1 FROM "search_stock" s WHERE s.generation = p.generation
                          AND s.product_id = p.product_id AND s.on_hand - s.reserved > 0)`
      : empty,
  ];
  const listed = sql`p.generation = ${generation} AND NOT p.discontinued ${join(conditions, ' ')}`;
  // An exact match counts double: "lamp" ranks a lamp above a lamb. Other sorts need no rank.
  const rank =
    text && sort === 'relevance'
      ? sql`2 * ts_rank(p.search_vector, (SELECT exact FROM query)) + ts_rank(p.search_vector, ${tolerant})`
      : sql`0`;
  const inCategory = category === undefined ? empty : sql`AND category = ${category}`;
  // Without a category filter, `filtered` would only copy `matched`.
  const filtered = raw(category === undefined ? 'matched' : 'filtered');
  const window = sql`ORDER BY ${orderBy(query)} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  const headline = (column: string, options: string) =>
    sql`ts_headline('english', ${raw(column)}, ${tolerant}, ${options}::text)`;
  const nameHighlight = text ? headline('p.name', wholeText) : sql`NULL`;
  const descriptionHighlight = text
    ? sql`CASE WHEN length(p.description) <= ${wholeDescriptionLength}
               THEN ${headline('p.description', wholeText)}
               ELSE ${headline('p.description', fragments)} END`
    : sql`NULL`;
  return sql`
    WITH active AS (
      SELECT COALESCE((SELECT active_generation FROM "projections" WHERE name = ${projection}), 1)
             AS generation
    ), query AS (${text ? textQueries(text) : sql`SELECT NULL::tsquery AS exact, NULL::tsquery AS tolerant`}),
    matched AS ${raw(text ? 'MATERIALIZED' : 'NOT MATERIALIZED')} (
      SELECT p.product_id, p.category, p.tags, p.price_minor, p.added_at, ${rank} AS rank
        FROM "search_products" p
       WHERE ${listed}
    ), by_category AS (
      SELECT category, count(*)::integer AS count FROM matched GROUP BY category
    )${category === undefined ? empty : sql`, filtered AS (SELECT * FROM matched WHERE true ${inCategory})`}, page AS (${
      text
        ? sql`SELECT product_id, rank, price_minor, added_at FROM ${filtered} ${window}`
        : sql`SELECT p.product_id, 0 AS rank, p.price_minor, p.added_at FROM "search_products" p
               WHERE ${listed} ${inCategory} ${window}`
    })
    SELECT
      ${generation} AS generation,
      (SELECT COALESCE(sum(count), 0)::integer FROM by_category WHERE true ${inCategory}) AS total,
      (SELECT COALESCE(json_agg(c ORDER BY c.count DESC, c.value), '[]'::json) FROM (
         SELECT category AS value, count FROM by_category
          ORDER BY count DESC, category LIMIT ${facetSize}) c) AS categories,
      ${tagFacet(filtered, query.tagFacet)} AS tags,
      (SELECT COALESCE(json_agg(json_build_object(
         'productId', p.product_id, 'name', p.name, 'category', p.category, 'tags', p.tags,
         'price', json_build_object('amountMinor', p.price_minor, 'currency', p.currency),
         'inStock', COALESCE(s.on_hand - s.reserved > 0, false),
         'nameHighlight', ${nameHighlight}, 'descriptionHighlight', ${descriptionHighlight}
       ) ORDER BY ${orderBy(query, 'page')}), '[]'::json)
         FROM page
         JOIN "search_products" p USING (product_id)
         LEFT JOIN "search_stock" s ON s.generation = p.generation AND s.product_id = p.product_id
        WHERE p.generation = ${generation}) AS hits`;
}

/**
 * For each word no listed product matches (even stemmed), the closest word of the catalog by
 * trigram similarity (pg_trgm's `%` uses the GIN index on search_terms).
 */
export function correctionsStatement(words: readonly string[], generation: number): Prisma.Sql {
  return sql`
    SELECT w.word, (
      SELECT t.term FROM "search_terms" t
       WHERE t.generation = ${generation} AND t.term % w.word
       ORDER BY similarity(t.term, w.word) DESC, t.products DESC, t.term
       LIMIT 1) AS correction
      FROM unnest(${words}::text[]) AS w(word)
     WHERE NOT EXISTS (
       SELECT 1 FROM "search_products" p
        WHERE p.generation = ${generation} AND NOT p.discontinued
          AND p.search_vector @@ plainto_tsquery('english', w.word))`;
}
