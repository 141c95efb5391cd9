import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@shop/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appliedRows,
  effectProblems,
  recordingProjection,
} from '../test-support/recording-projection';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';
import { projectionHealth } from './health';

const projection = recordingProjection({ name: 'shared', categories: ['part'] });

let harness: RuntimeHarness;

beforeAll(async () => {
  harness = await createRuntimeHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Appends to `streams` round-robin until stopped; returns everything appended. */
function writer(streams: readonly string[]) {
  const events: RecordedEvent[] = [];
  let running = true;
  const done = (async () => {
    for (let index = 0; running; index++) {
      events.push(await harness.append(streams[index % streams.length] as string));
    }
  })();
  return {
    events,
    async stop() {
      running = false;
      await done;
      return events;
    },
  };
}

const problems = async (events: readonly RecordedEvent[]) =>
  effectProblems(await appliedRows(harness.prisma, projection.name), events);

describe('two workers', () => {
  it('split the partitions, hand them over when one stops, and apply every event once', async () => {
    const streams = Array.from({ length: 16 }, () => `part-${randomUUID()}`);
    const writing = writer(streams);
    const first = await harness.start([projection]);
    await vi.waitFor(() => expect(first.owned()).toHaveLength(8), { timeout: 10_000 });
    const second = await harness.start([projection]);
    await vi.waitFor(
      () => {
        expect(first.owned()).toHaveLength(4);
        expect(second.owned()).toHaveLength(4);
      },
      { timeout: 10_000 },
    );
    const owners = new Set(
      (await projectionHealth(harness.prisma, projection.name))?.partitions.map((p) => p.owner),
    );
    expect(owners.size).toBe(2);

    await first.stop();
    await vi.waitFor(() => expect(second.owned()).toHaveLength(8), { timeout: 10_000 });
    const events = await writing.stop();
    expect(events.length).toBeGreaterThan(50);
    await vi.waitFor(async () => expect(await problems(events)).toEqual([]), { timeout: 15_000 });
  });
});
