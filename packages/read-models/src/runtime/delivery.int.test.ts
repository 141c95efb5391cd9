import { randomUUID } from 'node:crypto';
import { toWire, type RecordedEvent } from '@shop/domain';
import { eventSubject } from '@shop/domain/relay';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  appliedRows,
  effectProblems,
  recordingProjection,
} from '../test-support/recording-projection';
import { createRuntimeHarness, type RuntimeHarness } from '../test-support/runtime-harness';
import { projectionCheckpoints } from './checkpoint';
import { consumerNameOf } from './durable-consumer';
import { listDeadLetters } from './dead-letters';
import { partitionOf } from './partitions';
import type { ProjectionRuntime } from './runtime';

const projection = recordingProjection({
  name: 'delivery',
  categories: ['thing'],
  fails: (event) => event.type === 'Poisoned',
});

/** Applies whole batches in one statement. */
const batched = recordingProjection({
  name: 'batched',
  categories: ['bulk'],
  batched: true,
  fails: (event) => event.type === 'Poisoned',
});

/** Reads two categories: its consumers see every category of their partition. */
const mixed = recordingProjection({ name: 'mixed', categories: ['alpha', 'beta'] });

let harness: RuntimeHarness;
let runtime: ProjectionRuntime;
const appended: RecordedEvent[] = [];

beforeAll(async () => {
  harness = await createRuntimeHarness();
  runtime = await harness.start([projection, mixed, batched]);
});

afterAll(async () => {
  await harness?.close();
});

async function appendTo(
  streamId: string,
  count: number,
  type = 'Happened',
): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let index = 0; index < count; index++) events.push(await harness.append(streamId, type));
  appended.push(...events);
  return events;
}

/** Resolves once the projection has applied exactly the events appended so far (dead letters aside). */
async function settled(expected: () => RecordedEvent[] = () => appended): Promise<void> {
  await vi.waitFor(
    async () => {
      expect(
        effectProblems(await appliedRows(harness.prisma, projection.name), expected()),
      ).toEqual([]);
    },
    { timeout: 15_000, interval: 100 },
  );
}

describe('delivery', () => {
  it('applies every event once, in stream order, over all partitions', async () => {
    const streams = Array.from({ length: 24 }, () => `thing-${randomUUID()}`);
    await Promise.all(streams.map((streamId) => appendTo(streamId, 10)));
    await settled();
    expect(new Set(streams.map(partitionOf)).size).toBeGreaterThan(4);
    expect(runtime.owned()).toHaveLength(24);
  });

  it('gives a duplicate delivery no effect', async () => {
    const copies = appended.slice(0, 40);
    for (const event of copies) {
      // A new msgID gets past JetStream's deduplication, as a republish after its window would.
      await harness.js.publish(eventSubject(harness.subjectPrefix, event.streamId), toWire(event), {
        msgID: randomUUID(),
      });
    }
    const last = await appendTo(`thing-${randomUUID()}`, 1);
    await settled();
    expect(last).toHaveLength(1);
  });

  it('keeps stream order when deliveries go astray and come back later', async () => {
    const streamId = `thing-${randomUUID()}`;
    const consumerName = consumerNameOf(projection.name, partitionOf(streamId));
    // A second client pulling from the partition's consumer takes deliveries that the worker then
    // never sees; JetStream redelivers them after the ack wait, behind later ones.
    await vi.waitFor(() => harness.jsm.consumers.info(harness.streamName, consumerName), {
      timeout: 10_000,
    });
    const thief = await harness.js.consumers.get(harness.streamName, consumerName);
    const stolen = await thief.fetch({ max_messages: 3, expires: 3_000 });
    const events = await appendTo(streamId, 12);
    const taken: number[] = [];
    try {
      for await (const msg of stolen) taken.push(msg.info.streamSequence);
    } catch {
      // The worker noticed the gap and replaced the consumer under the thief's feet.
    }
    await settled();
    expect(taken.length).toBeGreaterThan(0);
    expect(effectProblems(await appliedRows(harness.prisma, projection.name), appended)).toEqual(
      [],
    );
    expect(events).toHaveLength(12);
    expect(
      harness.lines.some((line) => line.msg === 'restarting the consumer from the checkpoint'),
    ).toBe(true);
  });

  it('recovers deliveries taken at the tail without waiting out the ack wait', async () => {
    const streamId = `thing-${randomUUID()}`;
    const consumerName = consumerNameOf(projection.name, partitionOf(streamId));
    await vi.waitFor(() => harness.jsm.consumers.info(harness.streamName, consumerName), {
      timeout: 10_000,
    });
    const thief = await harness.js.consumers.get(harness.streamName, consumerName);
    // No later delivery follows the stolen one to reveal the gap: only the server's count can.
    // The server serves waiting pulls in turn, so of two events the worker's pull takes one.
    let stolen = 0;
    for (let attempt = 0; attempt < 20 && stolen === 0; attempt++) {
      const fetched = await thief.fetch({ max_messages: 1, expires: 1_000 });
      await appendTo(streamId, 2);
      for await (const msg of fetched) stolen += msg ? 1 : 0;
    }
    expect(stolen).toBe(1);
    // Well inside the 30 s ack wait, after which JetStream itself would redeliver.
    await settled();
    expect(
      harness.lines.some(
        (line) =>
          line.msg === 'restarting the consumer from the checkpoint' &&
          String(line.reason).includes('never arrived'),
      ),
    ).toBe(true);
  });

  it('stores a body that is not an event as a dead letter at once, and goes on', async () => {
    const streamId = `thing-${randomUUID()}`;
    const [before] = await appendTo(streamId, 1);
    await settled();
    await harness.js.publish(eventSubject(harness.subjectPrefix, streamId), '{"not": "an event"', {
      msgID: randomUUID(),
    });
    const other = await appendTo(`thing-${randomUUID()}`, 3);
    await settled();
    const { letters } = await listDeadLetters(harness.prisma, { projection: projection.name });
    expect(letters).toEqual([
      expect.objectContaining({
        status: 'failed',
        streamId,
        rawBody: '{"not": "an event"',
        attempts: 1,
        event: null,
      }),
    ]);
    expect(before && other).toHaveLength(3);
  });

  it('dead-letters an event after N failures, parks its stream behind it, and applies the rest', async () => {
    const streamId = `thing-${randomUUID()}`;
    const [ok] = await appendTo(streamId, 1);
    const poisoned = await harness.append(streamId, 'Poisoned');
    const behind = await harness.append(streamId, 'Happened');
    const others = await appendTo(`thing-${randomUUID()}`, 5);
    await settled();
    const lettersOf = async () =>
      (await listDeadLetters(harness.prisma, { projection: projection.name })).letters.filter(
        (letter) => letter.streamId === streamId,
      );
    await vi.waitFor(async () => expect(await lettersOf()).toHaveLength(2), { timeout: 10_000 });
    const ofStream = await lettersOf();
    expect(ofStream).toEqual([
      expect.objectContaining({
        eventId: poisoned.eventId,
        status: 'failed',
        attempts: 3,
        error: expect.stringContaining('refused Poisoned'),
      }),
      expect.objectContaining({
        eventId: behind.eventId,
        status: 'parked',
        blockedBy: ofStream[0]?.id,
      }),
    ]);
    expect(ok && others).toBeDefined();
    const checkpoints = await projectionCheckpoints(harness.prisma, projection.name);
    expect(checkpoints[partitionOf(streamId)]?.position).not.toBeNull();
    const poisonLine = harness.lines.find(
      (line) => line.msg === 'event stored as a dead letter' && line.eventId === poisoned.eventId,
    );
    expect(poisonLine).toMatchObject({
      correlationId: poisoned.metadata.correlationId,
      attempts: 3,
    });
  });
});

describe('a projection of several categories', () => {
  it('applies its categories and passes over the others without decoding them', async () => {
    const ours: RecordedEvent[] = [];
    for (const category of ['alpha', 'beta', 'gamma', 'thing']) {
      for (let stream = 0; stream < 6; stream++) {
        const events = await harness.appendMany(`${category}-${randomUUID()}`, 3);
        if (category === 'alpha' || category === 'beta') ours.push(...events);
        if (category === 'thing') appended.push(...events);
      }
    }
    await vi.waitFor(
      async () =>
        expect(effectProblems(await appliedRows(harness.prisma, mixed.name), ours)).toEqual([]),
      { timeout: 15_000 },
    );
    // Every message of its partitions was settled, the other categories' included.
    const { streamName } = harness;
    await vi.waitFor(
      async () => {
        for (let partition = 0; partition < 8; partition++) {
          const info = await harness.jsm.consumers.info(
            streamName,
            consumerNameOf(mixed.name, partition),
          );
          expect(info.num_pending + info.num_ack_pending).toBe(0);
        }
      },
      { timeout: 10_000 },
    );
  });
});

describe('a projection that applies whole batches', () => {
  it('applies them in order, and narrows a refused batch down to the event that fails', async () => {
    const streams = Array.from({ length: 4 }, () => `bulk-${randomUUID()}`);
    const good: RecordedEvent[] = [];
    for (const streamId of streams) good.push(...(await harness.appendMany(streamId, 30)));
    const poisoned = await harness.append(streams[0] as string, 'Poisoned');
    const parked = await harness.append(streams[0] as string);
    for (const streamId of streams.slice(1)) good.push(...(await harness.appendMany(streamId, 30)));
    await vi.waitFor(
      async () => {
        expect(effectProblems(await appliedRows(harness.prisma, batched.name), good)).toEqual([]);
        const { letters } = await listDeadLetters(harness.prisma, { projection: batched.name });
        expect(letters.map(({ eventId, status }) => [eventId, status])).toEqual([
          [poisoned.eventId, 'failed'],
          [parked.eventId, 'parked'],
        ]);
      },
      { timeout: 15_000 },
    );
  });
});
