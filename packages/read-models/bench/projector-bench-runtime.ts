import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { ReadModelsPrisma } from '../src/prisma';
import { requestRebuild, startProjectionRuntime } from '../src/runtime/index';
import type { PostgresProjection } from '../src/runtime/projection';
import { atOrAfter, type Position } from './projector-bench-seed';

export interface RuntimeBenchDeps {
  readonly prisma: ReadModelsPrisma;
  /** Plain `pg`, for the bench's own polls. */
  readonly pool: pg.Pool;
  readonly connectionString: string;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  readonly streamName: string;
  readonly subjectPrefix: string;
  readonly logger: Logger;
  /** Throws once the bench has run out of time, so a stall cannot hang it. */
  readonly checkDeadline: () => void;
}

/** Short next to a drain of seconds; the polls use plain `pg`, so they take little CPU from the runtime. */
const pollMs = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drained(
  pool: pg.Pool,
  projection: string,
  ends: ReadonlyMap<number, Position>,
): Promise<boolean> {
  const { rows } = await pool.query<{
    partition: number;
    transaction_id: string;
    global_position: string;
    failed: number;
  }>(
    `SELECT partition, transaction_id::text, global_position::text,
            (SELECT count(*)::int FROM projection_dead_letters WHERE projection = $1) AS failed
       FROM projection_partition_checkpoints WHERE projection = $1`,
    [projection],
  );
  const failed = rows[0]?.failed ?? 0;
  if (failed > 0) throw new Error(`${projection} stored ${failed} dead letters: the seed is wrong`);
  const at = new Map(
    rows.map((row) => [
      row.partition,
      { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) },
    ]),
  );
  return [...ends].every(([partition, end]) => {
    const checkpoint = at.get(partition);
    return checkpoint !== undefined && atOrAfter(checkpoint, end);
  });
}

/** The newest rebuild of the projection once done: events applied, and its own run time. */
async function rebuilt(pool: pg.Pool, projection: string) {
  const { rows } = await pool.query<{
    status: string;
    error: string | null;
    done: string;
    run_ms: number | null;
  }>(
    `SELECT status, error, done::text,
            (extract(epoch FROM finished_at - started_at) * 1000)::float8 AS run_ms
       FROM projection_rebuilds WHERE projection = $1 ORDER BY id DESC LIMIT 1`,
    [projection],
  );
  const row = rows[0];
  if (row?.status === 'failed') throw new Error(`rebuild of ${projection} failed: ${row.error}`);
  return row?.status === 'done' ? { events: Number(row.done), runMs: row.run_ms ?? 0 } : null;
}

export interface RuntimeRound {
  /** From the runtime's start until every partition's checkpoint is at its last event. */
  readonly drainSeconds: number;
  /** From the request until the new generation is swapped in (includes the pick-up poll). */
  readonly rebuildSeconds: number;
  /** Events the rebuild applied, over its own started → finished time. */
  readonly rebuildEvents: number;
  readonly rebuildRunSeconds: number;
}

/**
 * One round of the real runtime on `projection` (its rows and checkpoints must be empty): drains
 * the stream's backlog, then rebuilds the projection from the event store, and stops.
 */
export async function runtimeRound(
  deps: RuntimeBenchDeps,
  projection: PostgresProjection,
  ends: ReadonlyMap<number, Position>,
): Promise<RuntimeRound> {
  const started = performance.now();
  const runtime = await startProjectionRuntime({
    prisma: deps.prisma,
    connectionString: deps.connectionString,
    jetstream: deps.js,
    jetstreamManager: deps.jsm,
    streamName: deps.streamName,
    subjectPrefix: deps.subjectPrefix,
    projections: [projection],
    logger: deps.logger,
    settings: { rebuildPollMs: 100 },
  });
  try {
    while (!(await drained(deps.pool, projection.name, ends))) {
      deps.checkDeadline();
      await sleep(pollMs);
    }
    const drainSeconds = (performance.now() - started) / 1_000;
    const requested = performance.now();
    const request = await requestRebuild(deps.prisma, projection.name);
    if (!request.ok) throw new Error(request.error.message);
    let done = await rebuilt(deps.pool, projection.name);
    while (!done) {
      deps.checkDeadline();
      await sleep(pollMs);
      done = await rebuilt(deps.pool, projection.name);
    }
    return {
      drainSeconds,
      rebuildSeconds: (performance.now() - requested) / 1_000,
      rebuildEvents: done.events,
      rebuildRunSeconds: done.runMs / 1_000,
    };
  } finally {
    await runtime.stop();
  }
}
