import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@shop/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { memoryExternalProjection } from '../test-support/memory-external-projection';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';
import { listDeadLetters } from './dead-letters';
import { rebuildProgress, requestRebuild } from './rebuild-requests';

const search = memoryExternalProjection({
  name: 'memory-search',
  categories: ['doc'],
  fails: (event) => event.type === 'Poisoned',
});

let harness: RuntimeHarness;
const appended: RecordedEvent[] = [];

beforeAll(async () => {
  harness = await createRuntimeHarness();
  await harness.start([search.projection]);
});

afterAll(async () => {
  await harness?.close();
});

/** Each document holds exactly its stream's events, once each, in order. */
function documentProblems(events: readonly RecordedEvent[]): string[] {
  const documents = search.documents();
  const streams = new Map<string, string[]>();
  for (const event of events)
    streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event.eventId]);
  return [...streams].flatMap(([streamId, ids]) => {
    const applied = documents.get(streamId)?.applied ?? [];
    return JSON.stringify(applied) === JSON.stringify(ids)
      ? []
      : [`${streamId}: ${applied.length} of ${ids.length}`];
  });
}

describe('an external projection', () => {
  it('creates and activates its first generation, then applies batches idempotently', async () => {
    expect(search.calls.slice(0, 2)).toEqual(['create 1', 'activate 1 after null']);
    for (let index = 0; index < 6; index++)
      appended.push(...(await harness.appendMany(`doc-${randomUUID()}`, 20)));
    await vi.waitFor(() => expect(documentProblems(appended)).toEqual([]), { timeout: 15_000 });
  });

  it('narrows a refused bulk down to the event, dead-letters it and parks its stream', async () => {
    const streamId = `doc-${randomUUID()}`;
    const [first] = await harness.appendMany(streamId, 1);
    const poisoned = await harness.append(streamId, 'Poisoned');
    const behind = await harness.append(streamId);
    const others = await harness.appendMany(`doc-${randomUUID()}`, 10);
    await vi.waitFor(
      async () => {
        const { letters } = await listDeadLetters(harness.prisma, {
          projection: search.projection.name,
        });
        expect(letters.map(({ eventId, status }) => [eventId, status])).toEqual([
          [poisoned.eventId, 'failed'],
          [behind.eventId, 'parked'],
        ]);
      },
      { timeout: 15_000 },
    );
    expect(documentProblems([...appended, ...(first ? [first] : []), ...others])).toEqual([]);
    expect(search.documents().get(streamId)?.version).toBe(1);
  });

  it('rebuilds into a new index and moves the alias to it', async () => {
    const requested = await requestRebuild(harness.prisma, search.projection.name);
    expect(requested.ok).toBe(true);
    const late = await harness.appendMany(`doc-${randomUUID()}`, 5);
    await vi.waitFor(
      async () =>
        expect((await rebuildProgress(harness.prisma, search.projection.name))?.status).toBe(
          'done',
        ),
      {
        timeout: 20_000,
      },
    );
    await vi.waitFor(() => expect(search.alias()).toBe(2), { timeout: 5_000 });
    expect(search.calls).toContain('create 2');
    expect(search.calls).toContain('activate 2 after 1');
    await vi.waitFor(() => expect(documentProblems([...appended, ...late])).toEqual([]), {
      timeout: 15_000,
    });
    // The rebuild ran the poisoned event again and recorded it in its own generation.
    const { letters } = await listDeadLetters(harness.prisma, {
      projection: search.projection.name,
    });
    expect(letters.map(({ generation, status }) => [generation, status])).toEqual([
      [2, 'failed'],
      [2, 'parked'],
    ]);
  });
});
