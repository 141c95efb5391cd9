import { AckPolicy } from '@nats-io/jetstream';
import { formatLogPosition, type RecordedEvent } from '@shop/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCatalogCheckpoint } from '../catalog/list-catalog';
import { createProjectorHarness, type ProjectorHarness } from '../test-support/projector-harness';
import { productAddedEvent, productIdOf } from '../test-support/product-events';
import type { Projector } from './projector';

let harness: ProjectorHarness;
let projector: Projector;

beforeAll(async () => {
  harness = await createProjectorHarness();
  projector = await harness.start();
});

afterAll(async () => {
  await harness?.close();
});

const rowOf = (event: RecordedEvent) =>
  harness.prisma.catalogProduct.findUnique({ where: { productId: productIdOf(event) } });
const productCount = () => harness.prisma.catalogProduct.count();
const appliedLines = (event: RecordedEvent) =>
  harness.lines.filter((line) => line.eventId === event.eventId && line.outcome === 'applied');

async function publishAndSettle(event: RecordedEvent, options?: { msgID?: string; body?: string }) {
  const ack = await harness.stream.publish(event, options);
  await harness.settled(ack.seq);
  return ack;
}

describe('projector on JetStream and Postgres', () => {
  it('projects ProductAdded and moves the checkpoint with it', async () => {
    const event = productAddedEvent({ name: 'Desk lamp' });
    await publishAndSettle(event);
    expect(await rowOf(event)).toMatchObject({ name: 'Desk lamp', currency: 'EUR', version: 1 });
    expect(await getCatalogCheckpoint(harness.prisma)).toBe(formatLogPosition(event));
    expect(appliedLines(event)).toEqual([
      expect.objectContaining({
        correlationId: event.metadata.correlationId,
        projection: 'catalog',
        position: formatLogPosition(event),
      }),
    ]);
  });

  it('reads through a durable explicit-ack consumer with one message in flight', async () => {
    const { jsm, streamName, subjectPrefix } = harness.stream;
    const { config } = await jsm.consumers.info(streamName, 'projection-catalog');
    expect(config).toMatchObject({
      durable_name: 'projection-catalog',
      ack_policy: AckPolicy.Explicit,
      filter_subject: `${subjectPrefix}.product.>`,
      max_deliver: 5,
      max_ack_pending: 1,
    });
  });

  it('skips a redelivered event: one row, unchanged, checkpoint unchanged', async () => {
    const event = productAddedEvent();
    await publishAndSettle(event);
    const [row, checkpoint, count] = [
      await rowOf(event),
      await getCatalogCheckpoint(harness.prisma),
      await productCount(),
    ];

    // Another msgID, so JetStream's duplicate window does not drop it: the projector must.
    const ack = await publishAndSettle(event, { msgID: `${event.eventId}-again` });
    expect(ack.duplicate).toBe(false);
    expect(await rowOf(event)).toEqual(row);
    expect(await productCount()).toBe(count);
    expect(await getCatalogCheckpoint(harness.prisma)).toBe(checkpoint);
    expect(harness.lines.filter((line) => line.seq === ack.seq)).toEqual([
      expect.objectContaining({ outcome: 'skipped', eventId: event.eventId }),
    ]);
  });

  it('terminates a poison message, writes nothing for it, and goes on', async () => {
    const count = await productCount();
    const poison = await harness.stream.publish(productAddedEvent(), {
      body: '{"not": "an event"',
    });
    const next = productAddedEvent();
    await publishAndSettle(next);

    expect(await rowOf(next)).not.toBeNull();
    expect(await productCount()).toBe(count + 1);
    expect(await getCatalogCheckpoint(harness.prisma)).toBe(formatLogPosition(next));
    const poisonLines = harness.lines.filter((line) => line.seq === poison.seq);
    expect(poisonLines).toEqual([
      expect.objectContaining({ level: 50, subject: expect.stringContaining('.product.') }),
    ]);
  });

  it('continues where it left off after a restart: nothing lost, nothing doubled', async () => {
    const before = productAddedEvent();
    await publishAndSettle(before);
    await projector.stop();

    const count = await productCount();
    const whileStopped = [productAddedEvent(), productAddedEvent(), productAddedEvent()];
    for (const event of whileStopped) await harness.stream.publish(event);
    const { streamName, jsm } = harness.stream;
    const waiting = await jsm.consumers.info(streamName, 'projection-catalog');
    expect({ pending: waiting.num_pending, ackPending: waiting.num_ack_pending }).toEqual({
      pending: 3,
      ackPending: 0,
    });
    expect(await productCount()).toBe(count);

    projector = await harness.start();
    const after = productAddedEvent();
    await publishAndSettle(after);

    for (const event of [before, ...whileStopped, after]) {
      expect(await rowOf(event)).not.toBeNull();
      expect(appliedLines(event)).toHaveLength(1);
    }
    expect(await productCount()).toBe(count + 4);
    expect(await getCatalogCheckpoint(harness.prisma)).toBe(formatLogPosition(after));
  });

  it('refuses to reuse a durable consumer that filters other subjects', async () => {
    const { jsm, streamName, subjectPrefix } = harness.stream;
    await jsm.consumers.add(streamName, {
      durable_name: 'projection-misfiled',
      ack_policy: AckPolicy.Explicit,
      filter_subject: `${subjectPrefix}.order.>`,
    });
    await expect(harness.start(undefined, { consumerName: 'projection-misfiled' })).rejects.toThrow(
      /filters .*\.order\.> with ack explicit, not .*\.product\.>/,
    );
  });
});
