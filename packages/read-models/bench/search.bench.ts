/**
 * Search latency: p50/p99 of the storefront's kinds of query over 10 000 products through the
 * Postgres engine's search(), beside a raw full-text SELECT on the same table measured in the same
 * rounds. Run: `npx tsx packages/read-models/bench/search.bench.ts` (or `pnpm bench:search` in
 * packages/read-models). Writes packages/read-models/bench/results/search.md. Bounded to 4
 * minutes (fewer rounds on a busy machine); it drops its database however it ends.
 */
import { deadlineCheck, timeBox, timed } from '@shop/bench-kit';
import { createTestDatabase } from '@shop/migrations/testing';
import { createPrismaClient } from '../src/prisma';
import { createPostgresSearchEngine } from '../src/search/postgres/postgres-search-engine';
import { benchQueries, rawSearch } from './search-bench-queries';
import { writeReport, type QueryTimings } from './search-bench-report';
import { seedProducts } from './search-bench-seed';

const products = 10_000;
const warmUpRounds = 10;
const rounds = 300;
/** Enough for a p99 that is not the slowest call; more while there is time. */
const minRounds = 100;
const targetP99Ms = 50;
const checkDeadline = deadlineCheck(240_000, 'is the server stalled?');
const roomForMoreRounds = timeBox(180_000);

async function main(): Promise<void> {
  const database = await createTestDatabase('shop_search_bench');
  const prisma = createPrismaClient(database.connectionString);
  try {
    const seeding = await timed(() => seedProducts(prisma, { total: products, checkDeadline }));
    console.log(
      `seeded ${products} products (${seeding.value} events) in ${(seeding.ms / 1_000).toFixed(1)} s`,
    );
    const engine = createPostgresSearchEngine({ prisma });
    const timings = benchQueries.map(() => ({ engineMs: [] as number[], rawMs: [] as number[] }));
    const found = benchQueries.map(() => ({ total: 0, rawRows: 0 }));
    let measured = 0;
    for (
      let round = -warmUpRounds;
      round < rounds && (round < minRounds || roomForMoreRounds());
      round++
    ) {
      checkDeadline();
      for (const [index, { query, rawText }] of benchQueries.entries()) {
        const searched = await timed(() => engine.search(query));
        const raw = await timed(() => rawSearch(prisma, rawText));
        if (round < 0) continue;
        timings[index]?.engineMs.push(searched.ms);
        timings[index]?.rawMs.push(raw.ms);
        found[index] = { total: searched.value.total, rawRows: raw.value };
      }
      if (round >= 0) measured += 1;
    }
    const queries: QueryTimings[] = benchQueries.map(({ label }, index) => ({
      label,
      total: found[index]?.total ?? 0,
      rawRows: found[index]?.rawRows ?? 0,
      engineMs: timings[index]?.engineMs ?? [],
      rawMs: timings[index]?.rawMs ?? [],
    }));
    // A query that finds nothing would time an empty answer: the figures would mean little.
    const empty = queries.filter((q) => q.total === 0).map((q) => q.label);
    if (empty.length > 0) throw new Error(`No results for: ${empty.join(', ')}`);
    console.log(
      await writeReport({
        products,
        events: seeding.value,
        seedSeconds: seeding.ms / 1_000,
        rounds: measured,
        targetP99Ms,
        queries,
      }),
    );
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

await main();
