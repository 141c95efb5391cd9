import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@shop/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appliedRows,
  effectProblems,
  recordingProjection,
} from '../test-support/recording-projection';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';
import { activeGeneration } from './active-generation';
import { listDeadLetters } from './dead-letters';
import { projectionHealth } from './health';
import { rebuildProgress, requestRebuild, type RebuildProgress } from './rebuild-requests';

const projection = recordingProjection({ name: 'rebuilt', categories: ['ledger'] });

let harness: RuntimeHarness;

beforeAll(async () => {
  harness = await createRuntimeHarness();
  await harness.start([projection]);
});

afterAll(async () => {
  await harness?.close();
});

const rowsOf = (generation: number) => appliedRows(harness.prisma, projection.name, generation);

describe('rebuild', () => {
  it('refuses an unknown projection and a second rebuild at once', async () => {
    expect(await requestRebuild(harness.prisma, 'nonesuch')).toMatchObject({
      ok: false,
      error: { kind: 'UnknownProjection' },
    });
  });

  it('rebuilds from the event store beside the live generation, and swaps without losing a write', async () => {
    const streams = Array.from({ length: 8 }, () => `ledger-${randomUUID()}`);
    const history: RecordedEvent[] = [];
    for (const streamId of streams) history.push(...(await harness.appendMany(streamId, 120)));
    await vi.waitFor(async () => expect(effectProblems(await rowsOf(1), history)).toEqual([]), {
      timeout: 20_000,
    });

    // A writer appends throughout the rebuild (about 200 events a second), and a little after.
    const written: RecordedEvent[] = [];
    let writing = true;
    const writer = (async () => {
      for (let index = 0; writing; index++) {
        written.push(await harness.append(streams[index % streams.length] as string));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();

    const requested = await requestRebuild(harness.prisma, projection.name);
    expect(requested.ok).toBe(true);
    expect(await requestRebuild(harness.prisma, projection.name)).toMatchObject({
      ok: false,
      error: { kind: 'AlreadyRebuilding' },
    });

    const samples: RebuildProgress[] = [];
    let sawRebuilding = false;
    let servedMeanwhile = 0;
    await vi.waitFor(
      async () => {
        const progress = await rebuildProgress(harness.prisma, projection.name);
        if (progress) samples.push(progress);
        const health = await projectionHealth(harness.prisma, projection.name);
        if (health?.status === 'rebuilding') {
          sawRebuilding = true;
          servedMeanwhile = Math.max(servedMeanwhile, (await rowsOf(1)).length);
        }
        expect(progress?.status).toBe('done');
      },
      { timeout: 30_000, interval: 50 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    writing = false;
    await writer;

    const all = [...history, ...written];
    expect(await activeGeneration(harness.prisma, projection.name)).toBe(2);
    await vi.waitFor(
      async () => {
        // Dead letters first: when an event was set aside, its error says why.
        const { letters } = await listDeadLetters(harness.prisma, { status: 'failed' });
        expect(letters.map(({ error }) => error)).toEqual([]);
        expect(effectProblems(await rowsOf(2), all)).toEqual([]);
      },
      { timeout: 20_000 },
    );
    expect(await rowsOf(1)).toEqual([]);

    expect(sawRebuilding).toBe(true);
    expect(servedMeanwhile).toBeGreaterThanOrEqual(history.length);
    const running = samples.filter((sample) => sample.status === 'running' && sample.done > 0);
    expect(running.length).toBeGreaterThan(0);
    expect(
      running.some(
        (sample) => sample.rate > 0 && sample.etaSeconds !== null && sample.total >= sample.done,
      ),
    ).toBe(true);
    const done = samples.at(-1);
    expect(done).toMatchObject({ status: 'done', generation: 2 });
    expect(done?.done).toBeGreaterThanOrEqual(history.length);
    expect(written.length).toBeGreaterThan(20);
    expect((await projectionHealth(harness.prisma, projection.name))?.status).toBe('live');
  });
});

describe('a rebuild interrupted', () => {
  const resumed = recordingProjection({
    name: 'resumed',
    categories: ['journal'],
    applyDelayMs: 2,
  });

  it('resumes from its own checkpoint in the next worker, applying each event once', async () => {
    // Small batches, so a stop lands well before the rebuild's end.
    const first = await harness.start([resumed], { batchSize: 40 });
    const events: RecordedEvent[] = [];
    for (let index = 0; index < 4; index++)
      events.push(...(await harness.appendMany(`journal-${randomUUID()}`, 100)));
    const rowsOf = (generation: number) => appliedRows(harness.prisma, resumed.name, generation);
    await vi.waitFor(async () => expect(effectProblems(await rowsOf(1), events)).toEqual([]), {
      timeout: 20_000,
    });

    expect((await requestRebuild(harness.prisma, resumed.name)).ok).toBe(true);
    await vi.waitFor(
      async () =>
        expect((await rebuildProgress(harness.prisma, resumed.name))?.done).toBeGreaterThan(0),
      {
        timeout: 10_000,
        interval: 20,
      },
    );
    await first.stop();
    const halfway = await rebuildProgress(harness.prisma, resumed.name);
    expect(halfway).toMatchObject({ status: 'running', generation: 2 });
    expect(halfway?.done).toBeLessThan(events.length);

    await harness.start([resumed], { batchSize: 40 });
    await vi.waitFor(
      async () =>
        expect((await rebuildProgress(harness.prisma, resumed.name))?.status).toBe('done'),
      {
        timeout: 20_000,
      },
    );
    expect(effectProblems(await rowsOf(2), events)).toEqual([]);
    expect(await activeGeneration(harness.prisma, resumed.name)).toBe(2);
    // It went on from where it stopped: nothing was read twice.
    expect((await rebuildProgress(harness.prisma, resumed.name))?.done).toBe(events.length);
  });
});
