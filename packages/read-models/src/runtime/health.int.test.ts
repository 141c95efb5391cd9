import { randomUUID } from 'node:crypto';
import { compareLogPositions, formatLogPosition, type RecordedEvent } from '@shop/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { recordingProjection } from '../test-support/recording-projection';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';
import { getProjectionCheckpoint, hasReached } from './checkpoint';
import { projectionHealth } from './health';
import type { HealthOptions } from './health-schema';
import { partitionCount, partitionOf } from './partitions';
import type { ProjectionRuntime } from './runtime';

const watched = recordingProjection({ name: 'watched', categories: ['gauge'] });
const slow = recordingProjection({ name: 'slow', categories: ['crawl'], applyDelayMs: 15 });
const bounds: HealthOptions = { stallAfterMs: 1_000 };

let harness: RuntimeHarness;
let runtime: ProjectionRuntime;

beforeAll(async () => {
  harness = await createRuntimeHarness();
  runtime = await harness.start([watched, slow]);
});

afterAll(async () => {
  await harness?.close();
});

const healthOf = async (name: string, options = bounds) => {
  const health = await projectionHealth(harness.prisma, name, options);
  if (!health) throw new Error(`no health for ${name}`);
  return health;
};

async function appendMany(
  category: string,
  streams: number,
  perStream: number,
): Promise<RecordedEvent[]> {
  const ids = Array.from({ length: streams }, () => `${category}-${randomUUID()}`);
  const lists = await Promise.all(
    ids.map(async (streamId) => {
      const events: RecordedEvent[] = [];
      for (let index = 0; index < perStream; index++) events.push(await harness.append(streamId));
      return events;
    }),
  );
  return lists.flat();
}

describe('partitions in SQL', () => {
  it('agree with the relay on the partition of any stream id', async () => {
    const ids = Array.from({ length: 3_000 }, (_, index) =>
      index % 3 === 0
        ? `order-${randomUUID()}`
        : index % 3 === 1
          ? `x${index}`
          : `kategorie-ü${index}-ñ`,
    );
    const rows = await harness.prisma.$queryRaw<{ id: string; partition: number }[]>`
      SELECT id, shop_stream_partition(id, ${partitionCount}::int) AS partition FROM unnest(${ids}::text[]) AS id`;
    expect(rows.map((row) => [row.id, row.partition])).toEqual(
      ids.map((id) => [id, partitionOf(id)]),
    );
  });
});

describe('health', () => {
  it('is live once caught up, with every partition owned and following the tail', async () => {
    const events = await appendMany('gauge', 6, 5);
    // Streams were written concurrently: the newest event is the one last in log order.
    const last = events.reduce((a, b) => (compareLogPositions(a, b) >= 0 ? a : b));
    await vi.waitFor(
      async () =>
        expect(await hasReached(harness.prisma, watched.name, last.streamId, last)).toBe(true),
      {
        timeout: 10_000,
      },
    );
    await vi.waitFor(
      async () => {
        const health = await healthOf(watched.name);
        expect(health).toMatchObject({ status: 'live', lagEvents: 0, unownedPartitions: 0 });
        // Idle partitions moved up to the stream's tail: the lowest checkpoint is the newest event.
        expect(health.checkpoint).toBe(health.highWaterMark);
      },
      { timeout: 10_000 },
    );
    const position = await getProjectionCheckpoint(harness.prisma, watched.name);
    expect(position && formatLogPosition(position)).toBe(formatLogPosition(last));
  });

  it('says catching up while a backlog drains, with its lag and rate', async () => {
    await appendMany('crawl', 8, 25);
    await vi.waitFor(
      async () => {
        const health = await healthOf(slow.name, { stallAfterMs: 5_000, lagBoundMs: 300 });
        expect(health.status).toBe('catching_up');
        expect(health.lagEvents).toBeGreaterThan(0);
        expect(health.lagSeconds).toBeGreaterThan(0.3);
        expect(health.rate).toBeGreaterThan(0);
      },
      { timeout: 15_000, interval: 100 },
    );
    await vi.waitFor(
      async () => expect(await healthOf(slow.name)).toMatchObject({ status: 'live', lagEvents: 0 }),
      {
        timeout: 30_000,
        interval: 200,
      },
    );
  });

  it('says stalled soon after the bound when the projector is stopped and events wait', async () => {
    await runtime.stop();
    const [event] = await appendMany('gauge', 1, 1);
    const appendedAt = Date.now();
    // Lag counts events below the xmin horizon, which any transaction on the server holds back
    // for a moment: the event shows as lag as soon as it is readable.
    const first = await vi.waitFor(
      async () => {
        const health = await healthOf(watched.name);
        expect(health.lagEvents).toBe(1);
        return health;
      },
      { timeout: 5_000, interval: 50 },
    );
    if (Date.now() - appendedAt < 1_000) expect(first.status).not.toBe('stalled');
    expect(first.partitions[partitionOf(event?.streamId ?? '')]).toMatchObject({
      lagEvents: 1,
      owner: null,
    });
    // Soon after the bound: within the wait's few seconds of it, never before it.
    await vi.waitFor(async () => expect((await healthOf(watched.name)).status).toBe('stalled'), {
      timeout: 5_000,
      interval: 100,
    });
    expect(Date.now() - appendedAt).toBeGreaterThanOrEqual(1_000);
    expect((await healthOf(watched.name)).unownedPartitions).toBe(8);
  });
});
