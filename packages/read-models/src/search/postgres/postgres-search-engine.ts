import { moneySchema } from '@shop/domain';
import { z } from 'zod';
import type { ReadModelsPrisma, ReadModelsTransaction } from '../../prisma';
import { withActiveGeneration } from '../../runtime/active-generation';
import { composeSuggestion, correctableWords, wantsSuggestion } from '../did-you-mean';
import { hitHighlights } from '../highlight';
import { searchEngine, type SearchEngine } from '../search-engine';
import type { SearchQuery } from '../search-query';
import { facetCountSchema, type SearchHit, type SearchResult } from '../search-result';
import { postgresSearchProjectionName } from './postgres-search.projection';
import { correctionsStatement, searchStatement } from './postgres-search.sql';

export interface PostgresSearchEngineOptions {
  prisma: ReadModelsPrisma;
  /** The projection whose active generation is read; the shop's own unless a test says otherwise. */
  projectionName?: string;
}

const hitRowSchema = z.object({
  productId: z.string(),
  name: z.string(),
  category: z.string(),
  tags: z.array(z.string()),
  price: moneySchema,
  inStock: z.boolean(),
  nameHighlight: z.string().nullable(),
  descriptionHighlight: z.string().nullable(),
});

const answerRowSchema = z.object({
  total: z.number().int(),
  categories: z.array(facetCountSchema),
  tags: z.array(facetCountSchema),
  hits: z.array(hitRowSchema),
});

/** Full-text search in Postgres: the default engine, used when no Elasticsearch is configured. */
export function createPostgresSearchEngine(options: PostgresSearchEngineOptions): SearchEngine {
  const projection = options.projectionName ?? postgresSearchProjectionName;
  // One snapshot for the generation lookup and every read, so a rebuild's swap (which drops the
  // old generation's rows) cannot land between them.
  return searchEngine('postgres', (query) =>
    withActiveGeneration(options.prisma, projection, async (tx, { generation }) => {
      const rows = await tx.$queryRaw<unknown[]>(searchStatement(query, generation));
      const answer = answerRowSchema.parse(rows[0]);
      const result: SearchResult = {
        hits: answer.hits.map(toHit),
        total: answer.total,
        facets: { categories: answer.categories, tags: answer.tags },
        page: query.page,
        pageSize: query.pageSize,
      };
      const didYouMean = await suggest(tx, query, answer.total, generation);
      return didYouMean === undefined ? result : { ...result, didYouMean };
    }),
  );
}

function toHit({
  nameHighlight,
  descriptionHighlight,
  ...hit
}: z.infer<typeof hitRowSchema>): SearchHit {
  const highlights = hitHighlights({
    name: nameHighlight === null ? [] : [nameHighlight],
    description: descriptionHighlight === null ? [] : [descriptionHighlight],
  });
  return { ...hit, highlights };
}

async function suggest(
  tx: ReadModelsTransaction,
  { text }: SearchQuery,
  total: number,
  generation: number,
): Promise<string | undefined> {
  if (!wantsSuggestion(text, total)) return undefined;
  const rows = await tx.$queryRaw<{ word: string; correction: string | null }[]>(
    correctionsStatement(correctableWords(text), generation),
  );
  const corrections = new Map(
    rows.flatMap(({ word, correction }) => (correction === null ? [] : [[word, correction]])),
  );
  return composeSuggestion(text, corrections);
}
