import { describe, expect, it } from 'vitest';
import { useReadModelDatabase } from '../../shared/test-support/read-model-database';
import { adjustTerms } from './postgres-search.store';

const db = useReadModelDatabase();

const countOf = async (generation: number, term: string) => {
  const row = await db.prisma.searchTerm.findUnique({
    where: { generation_term: { generation, term } },
  });
  return row?.products ?? 0;
};

/** Many batches, each in its own transaction, at once: as partitions apply them. */
const concurrently = (count: number, change: { added: string[]; removed: string[] }, g: number) =>
  Promise.all(
    Array.from({ length: count }, () =>
      db.prisma.$transaction((tx) => adjustTerms(tx, g, change), { maxWait: 30_000 }),
    ),
  );

describe('the word counts of the Postgres search', () => {
  it('count every product in and out when partitions change the same words at once', async () => {
    const generation = 1;
    await concurrently(12, { added: ['oak', 'lamp'], removed: [] }, generation);
    expect([await countOf(generation, 'oak'), await countOf(generation, 'lamp')]).toEqual([12, 12]);

    await concurrently(5, { added: ['desk'], removed: ['oak'] }, generation);
    expect([await countOf(generation, 'oak'), await countOf(generation, 'desk')]).toEqual([7, 5]);

    // Down to nothing: the last product to drop a word deletes it, whoever gets there last.
    await concurrently(7, { added: [], removed: ['oak', 'lamp'] }, generation);
    expect(await countOf(generation, 'oak')).toBe(0);
    expect(await countOf(generation, 'lamp')).toBe(5);
  });
});
