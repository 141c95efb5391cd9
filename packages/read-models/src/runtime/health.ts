import { compareLogPositions, formatLogPosition, logStart, type LogPosition } from '@shop/domain';
import type { Db } from './db';
import { readProjectionRow, readProjectionRows, type ProjectionRow } from './generation-store';
import type {
  HealthOptions,
  PartitionHealth,
  ProjectionHealth,
  ProjectionStatus,
} from './health-schema';
import { eventsBeyond, highWaterMark, partitionLags, type PartitionLag } from './lag';
import { allPartitions } from './partitions';
import { toRebuildProgress } from './rebuild-requests';
import { latestRebuilds } from './rebuild-store';

interface PartitionRow {
  partition: number;
  transaction_id: bigint;
  global_position: bigint;
  stream_sequence: bigint;
  recorded_at: Date | null;
  updated_at: Date;
  owner: string | null;
  heartbeat_at: Date | null;
  rate: number | null;
}

/** A projection's health as the admin pages and benchmarks read it; null if it never ran. */
export async function projectionHealth(
  db: Db,
  projection: string,
  options: HealthOptions = {},
): Promise<ProjectionHealth | null> {
  const row = await readProjectionRow(db, projection);
  return row && healthOf(db, row, options);
}

export async function allProjectionHealth(
  db: Db,
  options: HealthOptions = {},
): Promise<ProjectionHealth[]> {
  const healths: ProjectionHealth[] = [];
  for (const row of await readProjectionRows(db)) healths.push(await healthOf(db, row, options));
  return healths;
}

async function healthOf(
  db: Db,
  projection: ProjectionRow,
  options: HealthOptions,
): Promise<ProjectionHealth> {
  const stallAfterMs = options.stallAfterMs ?? 5_000;
  const lagBoundMs = options.lagBoundMs ?? stallAfterMs;
  const heartbeatStaleMs = options.heartbeatStaleMs ?? 3_000;
  const { name, categories } = projection;
  // Ages are measured on the database's clock, which wrote every timestamp compared here.
  const [{ now } = { now: new Date() }] = await db.$queryRaw<
    { now: Date }[]
  >`SELECT clock_timestamp() AS now`;
  const rows = await partitionRows(db, name);
  const positions = new Map(allPartitions.map((p) => [p, positionOf(rows.get(p))]));
  const lags = await partitionLags(db, categories, positions, options.scanLimit ?? 1_000);
  const highest = [...positions.values()].reduce(
    (a, b) => (compareLogPositions(a, b) >= 0 ? a : b),
    logStart,
  );
  const beyond = await eventsBeyond(db, categories, highest);
  const high = await highWaterMark(db, categories);
  const deadLetters = await deadLetterCounts(db, name, projection.activeGeneration);
  const [rebuild] = await latestRebuilds(db, [name]);

  const ageMs = (at: Date | null) => (at ? Math.max(0, now.getTime() - at.getTime()) : 0);
  const partitions = allPartitions.map((partition): PartitionHealth => {
    const row = rows.get(partition);
    const lag: PartitionLag = lags.get(partition) ?? { waiting: 0, capped: false, oldest: null };
    const alive = row?.heartbeat_at != null && ageMs(row.heartbeat_at) <= heartbeatStaleMs;
    // No progress since the later of its last move and its oldest waiting event's arrival.
    const idleSince = Math.max(row?.updated_at.getTime() ?? 0, lag.oldest?.getTime() ?? 0);
    const position = positions.get(partition) ?? logStart;
    return {
      partition,
      position: compareLogPositions(position, logStart) === 0 ? null : formatLogPosition(position),
      streamSequence: Number(row?.stream_sequence ?? 0),
      recordedAt: row?.recorded_at ?? null,
      updatedAt: row?.updated_at ?? null,
      owner: alive ? (row?.owner ?? null) : null,
      heartbeatAt: row?.heartbeat_at ?? null,
      rate: alive ? (row?.rate ?? 0) : 0,
      lagEvents: lag.waiting,
      lagCapped: lag.capped,
      lagSeconds: lag.waiting > 0 ? ageMs(lag.oldest) / 1_000 : 0,
      stalled: lag.waiting > 0 && now.getTime() - idleSince > stallAfterMs,
    };
  });

  const partitionLag = partitions.reduce((sum, p) => sum + p.lagEvents, 0);
  const lagSeconds = Math.max(
    0,
    ...partitions.map((p) => p.lagSeconds),
    beyond.count > 0 ? ageMs(beyond.oldest) / 1_000 : 0,
  );
  const lowest = [...positions.values()].reduce(
    (a, b) => (compareLogPositions(a, b) <= 0 ? a : b),
    highest,
  );
  const progressTimes = partitions.flatMap((p) => (p.updatedAt ? [p.updatedAt.getTime()] : []));
  const status = statusOf({
    stalled: partitions.some((p) => p.stalled),
    rebuilding: projection.rebuildingGeneration !== null,
    failed: deadLetters.failed > 0,
    catchingUp: lagSeconds * 1_000 > lagBoundMs,
  });
  return {
    projection: name,
    kind: projection.kind,
    status,
    activeGeneration: projection.activeGeneration,
    rebuildingGeneration: projection.rebuildingGeneration,
    checkpoint: compareLogPositions(lowest, logStart) === 0 ? null : formatLogPosition(lowest),
    highWaterMark: high ? formatLogPosition(high.position) : null,
    highWaterRecordedAt: high?.recordedAt ?? null,
    lagEvents: Math.max(partitionLag, beyond.count),
    lagCapped: partitions.some((p) => p.lagCapped),
    lagSeconds,
    rate: partitions.reduce((sum, p) => sum + p.rate, 0),
    lastProgressAt: progressTimes.length > 0 ? new Date(Math.max(...progressTimes)) : null,
    unownedPartitions: partitions.filter((p) => p.owner === null).length,
    deadLetters,
    partitions,
    rebuild: rebuild ? toRebuildProgress(rebuild) : null,
    checkedAt: now,
  };
}

function statusOf(facts: {
  stalled: boolean;
  rebuilding: boolean;
  failed: boolean;
  catchingUp: boolean;
}): ProjectionStatus {
  if (facts.stalled) return 'stalled';
  if (facts.rebuilding) return 'rebuilding';
  if (facts.failed) return 'failed';
  return facts.catchingUp ? 'catching_up' : 'live';
}

const positionOf = (row: PartitionRow | undefined): LogPosition =>
  row ? { transactionId: row.transaction_id, globalPosition: row.global_position } : logStart;

async function partitionRows(db: Db, projection: string): Promise<Map<number, PartitionRow>> {
  const rows = await db.$queryRaw<PartitionRow[]>`
    SELECT c."partition", c."transaction_id", c."global_position", c."stream_sequence", c."recorded_at",
           c."updated_at", h."owner", h."heartbeat_at", h."rate"
    FROM "projection_partition_checkpoints" AS c
    LEFT JOIN "projection_consumers" AS h USING ("projection", "partition")
    WHERE c."projection" = ${projection}`;
  return new Map(rows.map((row) => [row.partition, row]));
}

async function deadLetterCounts(db: Db, projection: string, generation: number) {
  const rows = await db.$queryRaw<{ status: string; count: bigint }[]>`
    SELECT "status", count(*) AS count FROM "projection_dead_letters"
    WHERE "projection" = ${projection} AND "generation" = ${generation}
    GROUP BY "status"`;
  const count = (status: string) => Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { failed: count('failed'), parked: count('parked') };
}
