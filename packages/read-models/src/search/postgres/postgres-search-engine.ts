import { moneySchema } from '@shop/domain';
import { z } from 'zod';
import type { ReadModelsPrisma } from '../../prisma';
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
  generation: z.number().int(),
  total: z.number().int(),
  categories: z.array(facetCountSchema),
  tags: z.array(facetCountSchema),
  hits: z.array(hitRowSchema),
});

/** Full-text search in Postgres: the default engine, used when no Elasticsearch is configured. */
export function createPostgresSearchEngine(options: PostgresSearchEngineOptions): SearchEngine {
  const projection = options.projectionName ?? postgresSearchProjectionName;
  return searchEngine('postgres', async (query) => {
    // One statement (one snapshot) reads the active generation and answers from it.
    const rows = await options.prisma.$queryRaw<unknown[]>(searchStatement(query, projection));
    const answer = answerRowSchema.parse(rows[0]);
    const result: SearchResult = {
      hits: answer.hits.map(toHit),
      total: answer.total,
      facets: { categories: answer.categories, tags: answer.tags },
      page: query.page,
      pageSize: query.pageSize,
    };
    const didYouMean = await suggest(options.prisma, query, answer);
    return didYouMean === undefined ? result : { ...result, didYouMean };
  });
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

/**
 * A second statement, only when few products matched. Should a rebuild's swap drop the generation
 * in between, it finds no words and suggests nothing, which is harmless.
 */
async function suggest(
  prisma: ReadModelsPrisma,
  { text }: SearchQuery,
  { total, generation }: Pick<z.infer<typeof answerRowSchema>, 'total' | 'generation'>,
): Promise<string | undefined> {
  if (!wantsSuggestion(text, total)) return undefined;
  const rows = await prisma.$queryRaw<{ word: string; correction: string | null }[]>(
    correctionsStatement(correctableWords(text), generation),
  );
  const corrections = new Map(
    rows.flatMap(({ word, correction }) => (correction === null ? [] : [[word, correction]])),
  );
  return composeSuggestion(text, corrections);
}
