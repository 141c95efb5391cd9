import { randomUUID } from 'node:crypto';
import { customerStreamCategory, orderStreamCategory, type RecordedEvent } from '@shop/domain';
import { describe, expect, it } from 'vitest';
import { eur, orderPlaced } from '../shared/test-support/payloads';
import { useReadModelDatabase } from '../shared/test-support/read-model-database';
import { testStream } from '../shared/test-support/recorded-events';
import { applyEvents } from '../test-support/apply-events';
import { adminOrdersProjection } from './admin-orders.store';
import { listAdminOrders } from './list-admin-orders';

const db = useReadModelDatabase();
const apply = (...events: RecordedEvent[]) => applyEvents(db.prisma, adminOrdersProjection, events);

function customer(email = `${randomUUID()}@example.com`) {
  const stream = testStream(customerStreamCategory);
  const customerId = stream.id;
  return {
    customerId,
    email,
    registered: () => stream.event('CustomerRegistered', { customerId, email, name: 'Ada' }),
    renamed: (name: string) => stream.event('CustomerRenamed', { customerId, name }),
  };
}

function order(customerId: string | null, overrides: Record<string, unknown> = {}) {
  const stream = testStream(orderStreamCategory);
  const orderId = stream.id;
  return {
    orderId,
    placed: () => stream.event('OrderPlaced', orderPlaced(orderId, customerId, overrides)),
    cancelled: () => stream.event('OrderCancelled', { orderId, reason: 'Changed my mind' }),
  };
}

describe('admin orders on Postgres', () => {
  it('labels orders with the customer whether the customer arrives first or last', async () => {
    const ada = customer();
    const [before, after] = [order(ada.customerId), order(ada.customerId)];
    await apply(before.placed(), ada.registered(), after.placed(), ada.renamed('Ada King'));
    const { orders } = await listAdminOrders(db.prisma, { customerId: ada.customerId });
    expect(orders.map((shown) => shown.customer)).toEqual([
      { customerId: ada.customerId, email: ada.email, name: 'Ada King' },
      { customerId: ada.customerId, email: ada.email, name: 'Ada King' },
    ]);
  });

  it('labels every order when orders and their customer are applied at the same time', async () => {
    const customers = Array.from({ length: 8 }, () => customer());
    await Promise.all(
      customers.flatMap((c) => [apply(order(c.customerId).placed()), apply(c.registered())]),
    );
    for (const c of customers) {
      const { orders: shown } = await listAdminOrders(db.prisma, { customerId: c.customerId });
      expect(shown.map((o) => o.customer?.email)).toEqual([c.email]);
    }
  });

  it('filters by status, customer email and date range, with totals of the whole filtered set', async () => {
    const shopper = customer(`grace-${randomUUID()}@Example.com`);
    const day = (d: number) => `2030-01-0${d}T12:00:00.000Z`;
    const [first, second, third, dollars] = [
      order(shopper.customerId, { placedAt: day(1), total: eur(1_000) }),
      order(shopper.customerId, { placedAt: day(2), total: eur(2_000) }),
      order(shopper.customerId, { placedAt: day(3), total: eur(4_000) }),
      order(shopper.customerId, {
        placedAt: day(4),
        total: { amountMinor: 500, currency: 'USD' },
      }),
    ];
    await apply(shopper.registered(), first.placed(), second.placed(), third.placed());
    await apply(dollars.placed(), second.cancelled());
    const emailPart = shopper.email.slice(0, 20).toUpperCase();

    const all = await listAdminOrders(db.prisma, { customerEmail: emailPart, pageSize: 2 });
    expect(all.orders.map((o) => o.orderId)).toEqual([dollars.orderId, third.orderId]);
    expect(all.totals).toEqual({
      count: 4,
      byCurrency: [
        { currency: 'EUR', count: 3, total: eur(7_000) },
        { currency: 'USD', count: 1, total: { amountMinor: 500, currency: 'USD' } },
      ],
    });
    expect(all.page).toEqual({ page: 1, pageSize: 2, totalItems: 4, totalPages: 2 });

    const placed = await listAdminOrders(db.prisma, {
      customerId: shopper.customerId,
      statuses: ['Placed'],
      placedFrom: new Date(day(2)),
      placedBefore: new Date(day(4)),
    });
    expect(placed.orders.map((o) => o.orderId)).toEqual([third.orderId]);
    expect(placed.totals.byCurrency).toEqual([{ currency: 'EUR', count: 1, total: eur(4_000) }]);
  });

  it('finds orders by the start of their id or by part of the email, within the other filters', async () => {
    const linus = customer(`linus-${randomUUID()}@shop.example`);
    const [mine, other] = [order(linus.customerId), order(linus.customerId)];
    const guest = order(null);
    await apply(
      linus.registered(),
      mine.placed(),
      other.placed(),
      guest.placed(),
      other.cancelled(),
    );
    const ids = async (input: Parameters<typeof listAdminOrders>[1]) =>
      (await listAdminOrders(db.prisma, input)).orders.map((o) => o.orderId).sort();

    expect(await ids({ search: mine.orderId })).toEqual([mine.orderId]);
    expect(await ids({ search: mine.orderId.slice(0, 13).toUpperCase() })).toEqual([mine.orderId]);
    expect(await ids({ search: guest.orderId })).toEqual([guest.orderId]);
    expect(await ids({ search: linus.email.slice(0, 24).toUpperCase() })).toEqual(
      [mine.orderId, other.orderId].sort(),
    );
    expect(await ids({ search: linus.email, statuses: ['Cancelled'] })).toEqual([other.orderId]);
    // Both the email filter and the search apply, neither replaces the other.
    expect(await ids({ search: mine.orderId, customerEmail: 'nobody@' })).toEqual([]);
    expect(await ids({ search: `${linus.email}-not` })).toEqual([]);
  });

  it('sums totals beyond 32 bits without losing a cent', async () => {
    const big = { amountMinor: 2_000_000_000, currency: 'JPY' };
    const shopper = customer();
    await apply(
      order(shopper.customerId, { total: big }).placed(),
      order(shopper.customerId, { total: big }).placed(),
    );
    const { totals } = await listAdminOrders(db.prisma, { customerId: shopper.customerId });
    expect(totals.byCurrency).toEqual([
      { currency: 'JPY', count: 2, total: { amountMinor: 4_000_000_000, currency: 'JPY' } },
    ]);
  });

  it('shows a guest order with no customer, and refuses an inverted date range', async () => {
    const guest = order(null, { placedAt: '2031-05-05T00:00:00.000Z' });
    await apply(guest.placed());
    const { orders } = await listAdminOrders(db.prisma, {
      placedFrom: new Date('2031-05-05T00:00:00.000Z'),
      placedBefore: new Date('2031-05-06T00:00:00.000Z'),
    });
    expect(orders).toMatchObject([{ orderId: guest.orderId, customer: null }]);
    await expect(
      listAdminOrders(db.prisma, {
        placedFrom: new Date('2031-05-06T00:00:00.000Z'),
        placedBefore: new Date('2031-05-05T00:00:00.000Z'),
      }),
    ).rejects.toThrow(/start before it ends/);
  });
});
