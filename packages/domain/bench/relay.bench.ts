/**
 * Relay throughput: drains a 200 000-event backlog to JetStream, beside a raw pipelined JetStream
 * publish of the same messages (same subjects, bodies and msgIDs, no Postgres) measured in the
 * same run, round after round. Run: `npx tsx packages/domain/bench/relay.bench.ts`
 * [--no-async-traces]. Writes packages/domain/bench/results/relay.md. Bounded to ~3 minutes;
 * it drops its database and deletes its streams however it ends.
 */
import { parseArgs } from 'node:util';
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { deadlineCheck } from '@shop/bench-kit';
import { createTestDatabase } from '@shop/migrations/testing';
import pg from 'pg';
import { pino } from 'pino';
import { OutboxRelay } from '../src/relay/outbox-relay';
import { writeReport, type Round } from './relay-bench-report';
import { loadMessages, seedEvents, type RawMessage } from './relay-bench-seed';
import { benchStream, type BenchStream } from './relay-bench-stream';

const total = 200_000;
const rounds = 3;
const batchSize = 500;
const checkDeadline = deadlineCheck(170_000, 'is a transaction holding pg_snapshot_xmin back?');

const { values: flags } = parseArgs({ options: { 'no-async-traces': { type: 'boolean' } } });
const noAsyncTraces = flags['no-async-traces'] ?? false;

/** Like the relay: one batch sent while the acks of the batch before are awaited. */
async function publishRaw(js: JetStreamClient, messages: readonly RawMessage[]): Promise<void> {
  let before: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < messages.length; start += batchSize) {
    const acks = messages
      .slice(start, start + batchSize)
      .map(({ subject, body, msgID }) => js.publish(subject, body, { msgID }));
    await before;
    before = Promise.all(acks);
    // Awaited on the next turn; a refusal before then must not count as unhandled.
    before.catch(() => undefined);
  }
  await before;
}

async function drainAll(relay: OutboxRelay): Promise<void> {
  for (let relayed = 0; relayed < total; relayed += await relay.drainOnce()) checkDeadline();
}

/** Wall-clock rate, and this process's CPU per event: steadier than the rate on a shared machine. */
async function measure(
  work: () => Promise<void>,
): Promise<{ perSecond: number; cpuMicros: number }> {
  const [started, cpu] = [performance.now(), process.cpuUsage()];
  await work();
  const { user, system } = process.cpuUsage(cpu);
  return {
    perSecond: total / ((performance.now() - started) / 1_000),
    cpuMicros: (user + system) / total,
  };
}

async function main(): Promise<void> {
  const database = await createTestDatabase('shop_bench');
  const pool = new pg.Pool({ connectionString: database.connectionString, max: 4 });
  const nc = await connect({ servers: 'nats://127.0.0.1:4222', noAsyncTraces });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const streams: BenchStream[] = [];
  const freshStream = async (): Promise<BenchStream> => {
    const stream = await benchStream(jsm);
    streams.push(stream);
    return stream;
  };
  try {
    const seedStarted = performance.now();
    await seedEvents(pool, { total });
    const seedSeconds = (performance.now() - seedStarted) / 1_000;
    const results: Round[] = [];
    for (let round = 1; round <= rounds; round++) {
      // The relay first, on a heap without the baseline's 200 000 pre-encoded messages.
      const relayed = await freshStream();
      const relay = new OutboxRelay({
        pool,
        listenConnectionString: database.connectionString,
        jetstream: js,
        subjectPrefix: relayed.subjectPrefix,
        // A checkpoint row of its own: every round relays the whole backlog.
        relayName: `bench-${round}`,
        batchSize,
        logger: pino({ level: 'warn' }),
      });
      const relayRun = await measure(() => drainAll(relay));
      await relayed.expectMessages(total);
      await relayed.remove();
      checkDeadline();

      const raw = await freshStream();
      const messages = await loadMessages(pool, raw.subjectPrefix);
      const rawRun = await measure(() => publishRaw(js, messages));
      await raw.expectMessages(total);
      await raw.remove();
      const result: Round = {
        rawPerSecond: rawRun.perSecond,
        relayPerSecond: relayRun.perSecond,
        rawCpuMicros: rawRun.cpuMicros,
        relayCpuMicros: relayRun.cpuMicros,
      };
      results.push(result);
      console.log(`round ${round}: ${JSON.stringify(result)}`);
    }
    console.log(
      await writeReport({
        total,
        seedSeconds,
        natsOptions: noAsyncTraces ? '`noAsyncTraces: true`' : 'defaults (as apps/worker connects)',
        relaySettings: `OutboxRelay, batchSize ${batchSize}, drained with drainOnce()`,
        rawSettings: `batches of ${batchSize}, one sent while the acks of the one before are awaited`,
        results,
      }),
    );
  } finally {
    await Promise.allSettled(streams.map((stream) => stream.remove()));
    await nc.close();
    await pool.end();
    await database.drop();
  }
}

await main();
