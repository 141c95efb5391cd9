import { formatLogPosition, type RecordedEvent } from '@shop/domain';
import { createTestDatabase, type TestDatabase } from '@shop/migrations/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, type ReadModelsPrisma } from '../prisma';
import { getProjectionCheckpoint } from '../runtime/checkpoint';
import { applyEvent, type Projection } from '../runtime/projection';
import { nextLogPosition, productAddedEvent, productIdOf } from '../test-support/product-events';
import { MalformedProductEvent } from './catalog-product.projection';
import { catalogProjection } from './catalog-product.store';
import { getCatalogCheckpoint, listCatalogProducts } from './list-catalog';

let db: TestDatabase;
let prisma: ReadModelsPrisma;

beforeAll(async () => {
  db = await createTestDatabase('read_models_test');
  prisma = createPrismaClient(db.connectionString);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

const rowOf = (event: RecordedEvent) =>
  prisma.catalogProduct.findUnique({ where: { productId: productIdOf(event) } });
const checkpoint = () => getProjectionCheckpoint(prisma, catalogProjection.name);

describe('catalog projection on Postgres', () => {
  it('writes the row and moves the checkpoint', async () => {
    const event = productAddedEvent({ name: 'Desk lamp' });
    await expect(applyEvent(prisma, catalogProjection, event)).resolves.toBe('applied');
    expect(await rowOf(event)).toMatchObject({ name: 'Desk lamp', priceMinor: 3_450, version: 1 });
    expect(await checkpoint()).toEqual({
      transactionId: event.transactionId,
      globalPosition: event.globalPosition,
    });
  });

  it('skips an event applied before: the row and the checkpoint stay as they were', async () => {
    const event = productAddedEvent();
    await applyEvent(prisma, catalogProjection, event);
    const [row, position] = [await rowOf(event), await checkpoint()];
    const redelivered = { ...event, recordedAt: new Date(Date.now() + 60_000), data: {} };
    await expect(applyEvent(prisma, catalogProjection, redelivered)).resolves.toBe('skipped');
    expect(await rowOf(event)).toEqual(row);
    expect(await checkpoint()).toEqual(position);
  });

  it('skips an event below the checkpoint, even one it never saw', async () => {
    const older = productAddedEvent({ position: { transactionId: 1n, globalPosition: 1n } });
    await applyEvent(prisma, catalogProjection, productAddedEvent());
    const position = await checkpoint();
    await expect(applyEvent(prisma, catalogProjection, older)).resolves.toBe('skipped');
    expect(await rowOf(older)).toBeNull();
    expect(await checkpoint()).toEqual(position);
  });

  it('orders positions as pairs: a later transaction with a smaller position is newer', async () => {
    const first = nextLogPosition();
    const second = {
      transactionId: first.transactionId + 1n,
      globalPosition: first.globalPosition - 1n,
    };
    await applyEvent(prisma, catalogProjection, productAddedEvent({ position: first }));
    const event = productAddedEvent({ position: second });
    await expect(applyEvent(prisma, catalogProjection, event)).resolves.toBe('applied');
    expect(await rowOf(event)).not.toBeNull();
  });

  it('applies one of two concurrent deliveries of the same event', async () => {
    const event = productAddedEvent();
    const outcomes = await Promise.all([
      applyEvent(prisma, catalogProjection, event),
      applyEvent(prisma, catalogProjection, event),
    ]);
    expect(outcomes.sort()).toEqual(['applied', 'skipped']);
  });

  it('writes rows and checkpoint together or not at all', async () => {
    const failsAfterWriting: Projection = {
      ...catalogProjection,
      async apply(tx, event) {
        await catalogProjection.apply(tx, event);
        throw new Error('crash after the write');
      },
    };
    const position = await checkpoint();
    const event = productAddedEvent();
    await expect(applyEvent(prisma, failsAfterWriting, event)).rejects.toThrow('crash');
    expect(await rowOf(event)).toBeNull();
    expect(await checkpoint()).toEqual(position);
  });

  it('refuses a malformed payload and writes nothing', async () => {
    const position = await checkpoint();
    const event = productAddedEvent({ data: { name: 42 } });
    await expect(applyEvent(prisma, catalogProjection, event)).rejects.toThrow(
      MalformedProductEvent,
    );
    expect(await rowOf(event)).toBeNull();
    expect(await checkpoint()).toEqual(position);
  });

  it('moves the checkpoint past an event type it does not show', async () => {
    const event = { ...productAddedEvent(), type: 'ProductPhotographed' };
    await expect(applyEvent(prisma, catalogProjection, event)).resolves.toBe('ignored');
    expect(await rowOf(event)).toBeNull();
    expect(await getCatalogCheckpoint(prisma)).toBe(formatLogPosition(event));
  });
});

describe('listCatalogProducts', () => {
  it('lists products newest first, with the checkpoint they reflect', async () => {
    const older = productAddedEvent({ name: 'Old chair', recordedAt: new Date('2030-01-01') });
    const newer = productAddedEvent({ name: 'New chair', recordedAt: new Date('2030-01-02') });
    await applyEvent(prisma, catalogProjection, older);
    await applyEvent(prisma, catalogProjection, newer);

    const { products, checkpoint: token } = await listCatalogProducts(prisma);
    expect(products.slice(0, 2)).toEqual([
      {
        productId: productIdOf(newer),
        name: 'New chair',
        description: 'Warm light',
        price: { amountMinor: 3_450, currency: 'EUR' },
      },
      expect.objectContaining({ productId: productIdOf(older) }),
    ]);
    expect(token).toBe(formatLogPosition(newer));
  });
});
