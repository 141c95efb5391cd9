import { randomUUID } from 'node:crypto';
import { orderStreamCategory } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { eur, orderPlaced } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream } from '../shared/test-support/recorded-events';
import { applyEvents, recordCheckpoint } from '../test-support/apply-events';
import { customerOrdersProjection, customerOrdersProjectionName } from './customer-order.store';
import { getCustomerOrder } from './get-customer-order';
import { listCustomerOrders } from './list-customer-orders';

const db = useReadModelDatabase();

function placedOrder(customerId: string | null, placedAt: string) {
  const stream = testStream(orderStreamCategory);
  const orderId = stream.id;
  const placed = stream.event('OrderPlaced', orderPlaced(orderId, customerId, { placedAt }));
  return { orderId, stream, placed };
}

describe('customer orders on Postgres', () => {
  it("lists one shopper's orders, newest first, paged, with their status", async () => {
    const ada = randomUUID();
    const older = placedOrder(ada, '2026-11-01T10:00:00.000Z');
    const newer = placedOrder(ada, '2026-11-02T10:00:00.000Z');
    const someoneElse = placedOrder(randomUUID(), '2026-11-03T10:00:00.000Z');
    const guest = placedOrder(null, '2026-11-04T10:00:00.000Z');
    await applyEvents(db.prisma, customerOrdersProjection, [
      older.placed,
      newer.placed,
      someoneElse.placed,
      guest.placed,
      older.stream.event('OrderCancelled', { orderId: older.orderId, reason: 'Too slow' }),
    ]);

    const first = await listCustomerOrders(db.prisma, { customerId: ada, pageSize: 1 });
    expect(first.orders).toEqual([
      {
        orderId: newer.orderId,
        status: 'Placed',
        total: eur(3_000),
        refunded: eur(0),
        itemCount: 3,
        lines: [expect.objectContaining({ name: 'Desk lamp', quantity: 3, unitPrice: eur(1_000) })],
        shipment: null,
        cancellationReason: null,
        placedAt: new Date('2026-11-02T10:00:00.000Z'),
        updatedAt: newer.placed.recordedAt,
      },
    ]);
    expect(first.page).toEqual({ page: 1, pageSize: 1, totalItems: 2, totalPages: 2 });
    const second = await listCustomerOrders(db.prisma, { customerId: ada, page: 2, pageSize: 1 });
    expect(second.orders).toMatchObject([
      { orderId: older.orderId, status: 'Cancelled', cancellationReason: 'Too slow' },
    ]);
  });

  it("answers one of the shopper's orders by id, and nobody else's", async () => {
    const [ada, grace] = [randomUUID(), randomUUID()];
    const adas = placedOrder(ada, '2026-11-05T10:00:00.000Z');
    const reserved = adas.stream.event('OrderStockReserved', { orderId: adas.orderId });
    await applyEvents(db.prisma, customerOrdersProjection, [adas.placed, reserved]);
    await recordCheckpoint(db.prisma, customerOrdersProjectionName, 1, reserved);

    const mine = await getCustomerOrder(db.prisma, { customerId: ada, orderId: adas.orderId });
    expect(mine.order).toMatchObject({ orderId: adas.orderId, status: 'StockReserved' });
    expect(mine.checkpoint).toEqual({
      '1': `${reserved.transactionId}:${reserved.globalPosition}`,
    });
    const theirs = await getCustomerOrder(db.prisma, { customerId: grace, orderId: adas.orderId });
    expect(theirs.order).toBeNull();
    const unknown = await getCustomerOrder(db.prisma, { customerId: ada, orderId: randomUUID() });
    expect(unknown.order).toBeNull();
    await expect(
      getCustomerOrder(db.prisma, { customerId: ada, orderId: 'not-an-order' }),
    ).rejects.toThrow(/UUID/i);
  });

  it('refuses a customer id that is not a uuid', async () => {
    await expect(listCustomerOrders(db.prisma, { customerId: 'ada' })).rejects.toThrow(/UUID/i);
  });
});
