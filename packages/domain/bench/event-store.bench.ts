/**
 * Event store throughput and latency: appends of 1 and of 100 events, the full command path
 * (load, decide, append; without and with the state cache, and over old streams shared by two
 * caches) with 1 and 8 clients, each beside a plain `pg` INSERT into a copy of the
 * `events` table measured back to back in the same round; and the load of a 10 000-event
 * aggregate with and without a snapshot, beside a raw SELECT of its rows.
 * Run: `npx tsx packages/domain/bench/event-store.bench.ts` (or `pnpm --filter @shop/domain
 * bench:event-store`). Writes packages/domain/bench/results/event-store.md. ~3½ minutes, at most ~4½;
 * it drops its database however it ends, Ctrl-C included.
 */
import { createTestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { PostgresEventStore } from '../src/event-store/postgres-event-store';
import { PostgresSnapshotStore } from '../src/event-store/postgres-snapshot-store';
import type { Round } from './event-store-bench-figures';
import { aggregateLoadBench } from './event-store-bench-load';
import { measureRound, plan, sliceMs, slices, warmUp } from './event-store-bench-plan';
import { createRawTable } from './event-store-bench-raw';
import { writeReport } from './event-store-bench-report';
import {
  handlers,
  seededEvents,
  sharedStreams,
  streamsPerClient,
  type SharedStreamsCounts,
} from './event-store-bench-shared-streams';
import { batchSize, commandsPerProduct, workloads } from './event-store-bench-workloads';

const rounds = 5;
const maxClients = 8;
/** A stalled server must not hang the run: no round starts after this. */
const deadline = Date.now() + 210_000;

let interrupted = false;
process.once('SIGINT', () => (interrupted = true));
process.once('SIGTERM', () => (interrupted = true));

function checkInterrupted(): void {
  if (interrupted) throw new Error('Benchmark interrupted');
}

async function serverSettings(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ version: string; sync: string }>(
    `SELECT current_setting('server_version') AS version,
            current_setting('synchronous_commit') AS sync`,
  );
  return `PostgreSQL ${rows[0]?.version}, synchronous_commit ${rows[0]?.sync}, same host`;
}

/** Checkpoints flush every dirty page of the server: a stall for every writer on it. */
async function checkpoints(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ count: number }>(
    'SELECT (checkpoints_req + checkpoints_timed)::int AS count FROM pg_stat_bgwriter',
  );
  return rows[0]?.count ?? 0;
}

function sharedLine({ commands, reads, appends, stale }: SharedStreamsCounts): string {
  const share = (count: number) => `${((100 * count) / Math.max(commands, 1)).toFixed(1)} %`;
  const perCommand = ((reads + appends) / Math.max(commands, 1)).toFixed(2);
  return [
    `old streams: each client reprices one of its ${streamsPerClient} products (${seededEvents} events each before the run, growing) at random, through ${handlers} \`handleCommand\` deps with a \`StreamStateCache\` each, in turn`,
    `over the run ${commands.toLocaleString('en')} commands: ${share(stale)} met a stale cache (append refused with the missed events, caught up, appended again), ${share(reads)} read the stream, ${perCommand} statements per command`,
  ].join('; ');
}

async function main(): Promise<void> {
  const database = await createTestDatabase('shop_bench');
  const pool = new pg.Pool({ connectionString: database.connectionString, max: maxClients });
  // pool.end() resolves before its connections close: the drop (WITH FORCE) may end one first.
  pool.on('error', () => undefined);
  try {
    const logger = pino({ level: 'warn' });
    const eventStore = new PostgresEventStore(pool, logger);
    const snapshotStore = new PostgresSnapshotStore(pool);
    const raw = {
      plain: await createRawTable(pool, 'raw_events'),
      notified: await createRawTable(pool, 'raw_notified_events', { withNotify: true }),
    };
    const deps = { eventStore, snapshotStore, logger };
    const shared = await sharedStreams(eventStore, deps, maxClients);
    const groups = plan({ ...workloads(raw, eventStore, deps), commandShared: shared.workload });
    const loads = await aggregateLoadBench({ eventStore, snapshotStore, log: logger }, pool);
    await warmUp(groups);
    const checkpointsAtStart = await checkpoints(pool);
    const results: Round[] = [];
    for (let round = 1; round <= rounds && Date.now() < deadline; round++) {
      const measured = await measureRound(groups, checkInterrupted);
      const result = { measured, load: await loads.measure() };
      results.push(result);
      const rates = Object.entries(result.measured).map(
        ([name, { eventsPerSecond }]) => `${name} ${Math.round(eventsPerSecond)}/s`,
      );
      console.log(`round ${round}: ${rates.join(', ')}; load ${JSON.stringify(result.load)}`);
    }
    console.log(
      await writeReport({
        rounds: results,
        settings: [
          await serverSettings(pool),
          `${(await checkpoints(pool)) - checkpointsAtStart} server checkpoints during the rounds`,
          `${results.length} rounds; in each, a measurement is ${slices} slices of ${sliceMs} ms taking turns with the others of its group (alternating order), after a warm-up; one \`pg.Pool\` of ${maxClients}; pino at \`warn\` (the store's info lines are not written)`,
          "raw baseline: `pg` INSERT into `raw_events` (`CREATE TABLE ... (LIKE events INCLUDING ALL)`: same columns, defaults, indexes; no triggers), the same events as the append; a named (prepared) statement, as the store's are; one multi-row VALUES statement when batched",
          `append: \`PostgresEventStore.appendToStream\` with the expected version, ${batchSize} events per call when batched`,
          `command: \`handleCommand\` on the product aggregate, AddProduct then RepriceProduct, a new product every ${commandsPerProduct} commands (streams of 0–${commandsPerProduct - 1} events to load); "state cache": the same with a \`StreamStateCache\` in the deps (one for the run)`,
          sharedLine(shared.counts),
          'clients: concurrent loops, each on streams of its own (no conflicts), one call at a time',
          'aggregate load: a product of ProductAdded + 9 999 ProductRepriced; snapshot policy every 100 events, defined by the bench (no aggregate ships one yet)',
        ],
      }),
    );
  } finally {
    await pool.end();
    await database.drop();
  }
}

await main();
