import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@shop/domain';
import { eventSubject } from '@shop/domain/relay';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appliedRows, recordingProjection } from '../test-support/recording-projection';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';
import { discardDeadLetter, retryDeadLetter } from './dead-letter-retry';
import { retryDeadLetters } from './dead-letter-retry-all';
import { listDeadLetters, type DeadLetter } from './dead-letters';

/** Events the projection refuses, until a test "fixes" it by removing them. */
const broken = new Set<string>();
const projection = recordingProjection({
  name: 'letters',
  categories: ['item'],
  fails: (event) => broken.has(event.streamId + ':' + event.streamVersion),
});
const deps = () => ({ prisma: harness.prisma, projections: [projection] });

let harness: RuntimeHarness;

beforeAll(async () => {
  harness = await createRuntimeHarness();
  await harness.start([projection]);
});

afterAll(async () => {
  await harness?.close();
});

/** A stream of `count` events whose versions in `failing` the projection refuses. */
async function streamWith(
  count: number,
  failing: number[],
): Promise<{ streamId: string; events: RecordedEvent[] }> {
  const streamId = `item-${randomUUID()}`;
  for (const version of failing) broken.add(`${streamId}:${version}`);
  const events: RecordedEvent[] = [];
  for (let index = 0; index < count; index++) events.push(await harness.append(streamId));
  return { streamId, events };
}

async function lettersOf(streamId: string, count: number): Promise<DeadLetter[]> {
  const read = async () =>
    (await listDeadLetters(harness.prisma, { projection: projection.name })).letters.filter(
      (letter) => letter.streamId === streamId,
    );
  await vi.waitFor(async () => expect(await read()).toHaveLength(count), { timeout: 10_000 });
  return read();
}

async function versionsApplied(streamId: string): Promise<number[]> {
  const rows = await appliedRows(harness.prisma, projection.name);
  return rows.filter((row) => row.stream_id === streamId).map((row) => row.stream_version);
}

describe('dead letters', () => {
  it('retries only from the head of a stream, and stops at the first failure', async () => {
    const { streamId } = await streamWith(4, [2]);
    const [head, parked] = await lettersOf(streamId, 3);
    expect(await versionsApplied(streamId)).toEqual([1]);

    const blocked = await retryDeadLetter(deps(), parked?.id ?? '');
    expect(blocked).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'BlockedBehind', headId: head?.id }),
    });

    const stillBroken = await retryDeadLetter(deps(), head?.id ?? '');
    expect(stillBroken).toEqual({
      ok: true,
      value: {
        applied: 0,
        failed: { id: head?.id, error: expect.stringContaining('refused') },
        remaining: 3,
      },
    });
    const [again] = await lettersOf(streamId, 3);
    expect(again).toMatchObject({
      id: head?.id,
      status: 'failed',
      attempts: (head?.attempts ?? 0) + 1,
    });

    broken.delete(`${streamId}:2`);
    expect(await retryDeadLetter(deps(), head?.id ?? '')).toEqual({
      ok: true,
      value: { applied: 3, failed: null, remaining: 0 },
    });
    expect(await versionsApplied(streamId)).toEqual([1, 2, 3, 4]);

    // The stream is no longer held back: its next event is applied live.
    await harness.append(streamId);
    await vi.waitFor(async () => expect(await versionsApplied(streamId)).toEqual([1, 2, 3, 4, 5]), {
      timeout: 10_000,
    });
  });

  it('discards the head and re-runs the events parked behind it', async () => {
    const { streamId } = await streamWith(3, [1]);
    const [head] = await lettersOf(streamId, 3);
    const discarded = await discardDeadLetter(deps(), head?.id ?? '');
    expect(discarded).toEqual({
      ok: true,
      value: { discarded: head?.id, retried: { applied: 2, failed: null, remaining: 0 } },
    });
    expect(await versionsApplied(streamId)).toEqual([2, 3]);
  });

  it('discards a parked event alone, which the stream then never applies', async () => {
    const { streamId } = await streamWith(3, [1]);
    const [head, second] = await lettersOf(streamId, 3);
    expect(await discardDeadLetter(deps(), second?.id ?? '')).toEqual({
      ok: true,
      value: { discarded: second?.id, retried: null },
    });
    broken.delete(`${streamId}:1`);
    expect(await retryDeadLetter(deps(), head?.id ?? '')).toMatchObject({
      ok: true,
      value: { applied: 2 },
    });
    expect(await versionsApplied(streamId)).toEqual([1, 3]);
  });

  it('refuses to re-run a body that is not an event, but discards it', async () => {
    const streamId = `item-${randomUUID()}`;
    await harness.js.publish(eventSubject(harness.subjectPrefix, streamId), 'garbage', {
      msgID: randomUUID(),
    });
    const [letter] = await lettersOf(streamId, 1);
    expect(await retryDeadLetter(deps(), letter?.id ?? '')).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'Undecodable' }),
    });
    expect(await discardDeadLetter(deps(), letter?.id ?? '')).toMatchObject({ ok: true });
    expect(await retryDeadLetter(deps(), letter?.id ?? '')).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'NotFound' }),
    });
  });
});

describe('retrying every dead letter of a projection', () => {
  it('re-runs each stream from its head and reports what still fails', async () => {
    const fixed = await streamWith(3, [2]);
    const stillBroken = await streamWith(2, [1]);
    await lettersOf(fixed.streamId, 2);
    await lettersOf(stillBroken.streamId, 2);
    broken.delete(`${fixed.streamId}:2`);
    const outcome = await retryDeadLetters(deps(), projection.name);
    expect(outcome).toMatchObject({ applied: 2, stillFailing: 1 });
    expect(outcome.streams).toBeGreaterThanOrEqual(2);
    expect(await versionsApplied(fixed.streamId)).toEqual([1, 2, 3]);
    expect(await versionsApplied(stillBroken.streamId)).toEqual([]);
  });
});
