import { formatLogPosition, type RecordedEvent } from '@shop/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogProjection } from '../catalog/catalog-product.store';
import { createProjectorHarness, type ProjectorHarness } from '../test-support/projector-harness';
import { productAddedEvent, productIdOf } from '../test-support/product-events';
import { getProjectionCheckpoint } from './checkpoint';
import type { Projection } from './projection';

const maxDeliver = 3;
const failingOnce = new Set<string>();

/** The catalog, except that it crashes after writing, once, for the events in `failingOnce`. */
const flakyCatalog: Projection = {
  ...catalogProjection,
  name: 'flaky-catalog',
  async apply(tx, event) {
    await catalogProjection.apply(tx, event);
    if (failingOnce.delete(event.eventId)) throw new Error('database hiccup');
  },
};
const consumerName = `projection-${flakyCatalog.name}`;

let harness: ProjectorHarness;

beforeAll(async () => {
  harness = await createProjectorHarness();
  await harness.start(flakyCatalog, { maxDeliver, retryDelayMs: () => 100 });
});

afterAll(async () => {
  await harness?.close();
});

const rowOf = (event: RecordedEvent) =>
  harness.prisma.catalogProduct.findUnique({ where: { productId: productIdOf(event) } });
const checkpoint = () => getProjectionCheckpoint(harness.prisma, flakyCatalog.name);
const linesOf = (seq: number) => harness.lines.filter((line) => line.seq === seq);

describe('projector retries', () => {
  it('naks a failed apply, rolls it back, and applies it on redelivery', async () => {
    const event = productAddedEvent();
    failingOnce.add(event.eventId);
    const { seq } = await harness.stream.publish(event);
    await harness.settled(seq, consumerName);

    expect(await rowOf(event)).toMatchObject({ version: 1 });
    expect(await checkpoint()).toMatchObject({ globalPosition: event.globalPosition });
    expect(linesOf(seq)).toEqual([
      expect.objectContaining({ level: 40, deliveryCount: 1, retryInMs: 100 }),
      expect.objectContaining({ level: 30, deliveryCount: 2, outcome: 'applied' }),
    ]);
  });

  it('gives up an event that keeps failing after maxDeliver, and goes on', async () => {
    const broken = productAddedEvent({ data: { name: 'no price' } });
    const next = productAddedEvent();
    const { seq } = await harness.stream.publish(broken);
    const { seq: nextSeq } = await harness.stream.publish(next);
    await harness.settled(nextSeq, consumerName);

    expect(await rowOf(broken)).toBeNull();
    expect(await rowOf(next)).not.toBeNull();
    expect(await checkpoint()).toMatchObject({ globalPosition: next.globalPosition });
    expect(linesOf(seq).map(({ level, deliveryCount }) => [level, deliveryCount])).toEqual([
      [40, 1],
      [40, 2],
      [50, 3],
    ]);
    expect(linesOf(seq).at(-1)).toMatchObject({ position: formatLogPosition(broken) });
    // The event behind it waited for the last attempt: one in flight keeps the log's order.
    const gaveUp = harness.lines.findIndex((line) => line.seq === seq && line.level === 50);
    const appliedNext = harness.lines.findIndex((line) => line.seq === nextSeq);
    expect(appliedNext).toBeGreaterThan(gaveUp);
  });
});
