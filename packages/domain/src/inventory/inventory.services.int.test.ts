import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useCommandTestBed } from '../application/test-support/command-deps';
import {
  adjustStock,
  inventoryStreamId,
  receiveStock,
  releaseReservation,
  reserveStock,
} from './index';

const bed = useCommandTestBed();

const context = () => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'system:test',
});

describe('inventory services on the Postgres event store', () => {
  it('runs the stock commands on the product’s inventory stream', async () => {
    const productId = randomUUID();
    const [orderA, orderB] = [randomUUID(), randomUUID()];

    expect((await receiveStock(bed().deps, { productId, quantity: '5' }, context())).ok).toBe(true);
    const reserved = await reserveStock(
      bed().deps,
      { productId, orderId: orderA, quantity: 4 },
      context(),
    );
    const repeated = await reserveStock(
      bed().deps,
      { productId, orderId: orderA, quantity: 4 },
      context(),
    );
    const short = await reserveStock(
      bed().deps,
      { productId, orderId: orderB, quantity: 2 },
      context(),
    );
    const released = await releaseReservation(
      bed().deps,
      { productId, orderId: orderA },
      context(),
    );

    expect(reserved).toEqual({
      ok: true,
      value: { position: expect.any(Object), streamVersion: 2 },
    });
    expect(repeated).toEqual({ ok: true, value: { position: null, streamVersion: 2 } });
    expect(short.ok && released.ok).toBe(true);
    const history = await bed().deps.eventStore.readStream(inventoryStreamId(productId));
    expect(history.map((event) => [event.type, event.data])).toEqual([
      ['StockReceived', { productId, quantity: 5 }],
      ['StockReserved', { productId, orderId: orderA, quantity: 4 }],
      ['StockReservationRejected', { productId, orderId: orderB, quantity: 2, available: 1 }],
      ['ReservationReleased', { productId, orderId: orderA, quantity: 4 }],
    ]);
  });

  it('returns broken rules and bad input as values, storing nothing', async () => {
    const productId = randomUUID();
    await receiveStock(bed().deps, { productId, quantity: 3 }, context());
    await reserveStock(bed().deps, { productId, orderId: randomUUID(), quantity: 3 }, context());

    const belowReserved = await adjustStock(
      bed().deps,
      { productId, countedOnHand: '2', reason: 'Count' },
      context(),
    );
    const malformed = await receiveStock(bed().deps, { productId, quantity: 'many' }, context());

    expect(belowReserved).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'DomainError', code: 'CountBelowReserved' }),
    });
    expect(malformed).toEqual({
      ok: false,
      error: expect.objectContaining({
        kind: 'ValidationFailed',
        fieldErrors: { quantity: ['Quantity must be a whole number'] },
      }),
    });
    expect(await bed().deps.eventStore.readStream(inventoryStreamId(productId))).toHaveLength(2);
  });
});
