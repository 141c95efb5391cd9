/**
 * Projector throughput: the catalog projection through the real runtime draining a 100 000-event
 * JetStream backlog, beside plain `pg` baselines measured in the same run (one unnest upsert and a
 * checkpoint per batch of 100; one transaction per event), round after round; then a rebuild of the
 * same events from the event store. Run: `npx tsx packages/read-models/bench/projector.bench.ts`
 * (or `pnpm bench:projector` in packages/read-models). Writes packages/read-models/bench/results/projector.md.
 * Bounded to 4 minutes (fewer rounds on a busy machine); it drops its database and deletes its
 * stream however it ends.
 */
import { randomBytes } from 'node:crypto';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { deadlineCheck, timeBox, timed } from '@shop/bench-kit';
import { ensureEventStream, OutboxRelay } from '@shop/domain/relay';
import { createTestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { catalogProjection } from '../src/catalog/catalog-product.store';
import { createPrismaClient } from '../src/prisma';
import { rawApply, rawTablesSql, resetRawSql } from './projector-bench-raw';
import { writeReport, type Round } from './projector-bench-report';
import { runtimeRound } from './projector-bench-runtime';
import { loadEvents, partitionEnds, seedEvents } from './projector-bench-seed';

const total = 100_000;
const products = 2_000;
const rounds = 3;
/** One transaction per event runs near 2 000/s (far less on a busy machine): a sample, timed. */
const perEventSample = 10_000;
const perEventMaxMs = 5_000;
/** A stall must not hang the run; on a busy machine, fewer rounds rather than a longer run. */
const checkDeadline = deadlineCheck(240_000, 'is a transaction holding pg_snapshot_xmin back?');
const roomForAnotherRound = timeBox(140_000);

const seconds = async (work: () => Promise<unknown>): Promise<number> =>
  (await timed(work)).ms / 1_000;

async function main(): Promise<void> {
  const database = await createTestDatabase('shop_bench');
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 4 });
  // Dropping the database ends connections the pool is still closing: expected, not a failure.
  pool.on('error', () => undefined);
  const prisma = createPrismaClient(database.connectionString);
  const nc = await connect({ servers: process.env.NATS_URL ?? 'nats://127.0.0.1:4222' });
  const [js, jsm] = [jetstream(nc), await jetstreamManager(nc)];
  const suffix = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const [streamName, subjectPrefix] = [`SHOP_BENCH_${suffix}`, `bench_${suffix}.events`];
  const logger = pino({ level: 'error' });
  try {
    await ensureEventStream(jsm, { streamName, subjectPrefix });
    await pool.query(rawTablesSql);
    const seedSeconds = await seconds(() => seedEvents(pool, { total, products }));
    const relay = new OutboxRelay({
      pool,
      listenConnectionString: database.connectionString,
      jetstream: js,
      subjectPrefix,
      relayName: 'bench',
      batchSize: 500,
      logger,
    });
    const publishSeconds = await seconds(async () => {
      for (let relayed = 0; relayed < total; relayed += await relay.drainOnce()) checkDeadline();
    });
    const events = await loadEvents(pool);
    const ends = partitionEnds(events);
    const deps = {
      prisma,
      pool,
      connectionString: database.connectionString,
      js,
      jsm,
      streamName,
      subjectPrefix,
      logger,
      checkDeadline,
    };
    const results: Round[] = [];
    for (let round = 1; round <= rounds && (round === 1 || roomForAnotherRound()); round++) {
      await pool.query('TRUNCATE catalog_products');
      const projection = { ...catalogProjection, name: `catalog_bench_${round}` };
      const run = await runtimeRound(deps, projection, ends);
      checkDeadline();
      await pool.query(resetRawSql);
      const batchedSeconds = await seconds(() => rawApply(pool, events, 100));
      await pool.query(resetRawSql);
      const perEvent = await timed(() =>
        rawApply(pool, events.slice(0, perEventSample), 1, perEventMaxMs),
      );
      const result: Round = {
        runtimePerSecond: total / run.drainSeconds,
        rawBatchedPerSecond: total / batchedSeconds,
        rawPerEventPerSecond: perEvent.value / (perEvent.ms / 1_000),
        rebuildPerSecond: run.rebuildEvents / run.rebuildRunSeconds,
        rebuildSeconds: run.rebuildSeconds,
      };
      results.push(result);
      console.log(`round ${round}: ${JSON.stringify({ ...result, rebuilt: run.rebuildEvents })}`);
      checkDeadline();
    }
    console.log(
      await writeReport({
        total,
        products,
        seedSeconds,
        publishSeconds,
        perEventSample,
        perEventMaxMs,
        results,
      }),
    );
  } finally {
    await jsm.streams.delete(streamName).catch(() => undefined);
    await nc.close();
    await prisma.$disconnect();
    await pool.end();
    await database.drop();
  }
}

await main();
