import { randomUUID } from 'node:crypto';
import { adminOrdersProjection } from '@shop/read-models';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  adminSession,
  nextHeadersMock,
  adminTestWorldPerFile,
  type AdminCaller,
} from '../../../../app/admin/_lib/test-support/admin-test-world';
import {
  confirmedOrder,
  registeredCustomer,
} from '../../../../app/admin/_lib/test-support/shop-history';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => nextHeadersMock);

const world = adminTestWorldPerFile();
let admin: AdminCaller;
let customer: Awaited<ReturnType<typeof registeredCustomer>>;
let order: Awaited<ReturnType<typeof confirmedOrder>>;

beforeAll(async () => {
  admin = world().caller(adminSession);
  customer = await registeredCustomer(world().deps);
  order = await confirmedOrder(world().deps, customer.customerId);
});

describe('adminOrders.timeline', () => {
  it("reads the order's events from the event store, with their envelopes", async () => {
    const timeline = await admin.adminOrders.timeline({ orderId: order.orderId });
    expect(timeline).toMatchObject({
      orderId: order.orderId,
      customer: { customerId: customer.customerId, email: customer.email, name: customer.name },
      lines: [
        {
          name: 'Walnut desk lamp',
          quantity: 2,
          unitPrice: { formatted: '€79.00' },
          lineTotal: { formatted: '€158.00' },
        },
      ],
      shippingAddress: { city: 'Washington', country: 'US' },
      current: {
        status: 'Confirmed',
        payment: { captured: false, refundable: { amountMinor: 15_800 } },
      },
      actions: { ship: true, deliver: false, cancel: true, refund: true },
    });
    const events = timeline?.events ?? [];
    expect(events.map((event) => [event.streamVersion, event.type])).toEqual([
      [1, 'OrderPlaced'],
      [2, 'OrderStockReserved'],
      [3, 'OrderPaymentAuthorized'],
      [4, 'OrderConfirmed'],
    ]);
    expect(events[0]).toMatchObject({
      actor: `customer:${customer.customerId}`,
      schemaVersion: 1,
      position: expect.stringMatching(/^\d+:\d+$/),
      payload: { orderId: order.orderId, total: { amountMinor: 15_800, currency: 'EUR' } },
    });
    expect(events[3]).toMatchObject({ actor: 'system:order-saga', causedBy: null });
    expect(events[0]?.correlationId).not.toBe(events[3]?.correlationId);
  });

  it('is null for an order the store does not hold, and refuses an id that is not one', async () => {
    expect(await admin.adminOrders.timeline({ orderId: randomUUID() })).toBeNull();
    await expect(
      admin.adminOrders.timeline({ orderId: '1; drop table events' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('adminOrders.stateAt', () => {
  it('gives the order as it was right after the chosen event', async () => {
    expect(await admin.adminOrders.stateAt({ orderId: order.orderId, version: 1 })).toEqual({
      streamVersion: 1,
      state: {
        status: 'Placed',
        total: { amountMinor: 15_800, currency: 'EUR', formatted: '€158.00' },
        payment: null,
        shipment: null,
      },
    });
    expect(await admin.adminOrders.stateAt({ orderId: order.orderId, version: 3 })).toMatchObject({
      streamVersion: 3,
      state: { status: 'Paid', payment: { paymentId: `pay_${order.orderId}`, captured: false } },
    });
    // Past the end: the order as it stands now.
    expect(await admin.adminOrders.stateAt({ orderId: order.orderId, version: 99 })).toMatchObject({
      streamVersion: 4,
      state: { status: 'Confirmed' },
    });
  });

  it('is null for an unknown order, and refuses a version before the first event', async () => {
    expect(await admin.adminOrders.stateAt({ orderId: randomUUID(), version: 1 })).toBeNull();
    await expect(
      admin.adminOrders.stateAt({ orderId: order.orderId, version: 0 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('adminOrders.list', () => {
  it('lists from the admin-orders read model with formatted amounts, filtered and searched', async () => {
    const guest = await confirmedOrder(world().deps, null);
    await world().project(adminOrdersProjection);

    const all = await admin.adminOrders.list({});
    expect(all.orders.map((shown) => shown.orderId).sort()).toEqual(
      [order.orderId, guest.orderId].sort(),
    );
    expect(all.totals).toEqual({
      count: 2,
      byCurrency: [
        {
          currency: 'EUR',
          count: 2,
          total: { amountMinor: 31_600, currency: 'EUR', formatted: '€316.00' },
        },
      ],
    });
    const found = await admin.adminOrders.list({ search: order.orderId.slice(0, 8) });
    expect(found.orders).toMatchObject([
      {
        orderId: order.orderId,
        status: 'Confirmed',
        customer: { email: customer.email },
        total: { formatted: '€158.00' },
      },
    ]);
    expect((await admin.adminOrders.list({ statuses: ['Shipped'] })).orders).toEqual([]);
  });

  it('refuses filters that are not filters', async () => {
    await expect(admin.adminOrders.list({ statuses: ['Lost' as 'Shipped'] })).rejects.toMatchObject(
      { code: 'BAD_REQUEST' },
    );
    await expect(admin.adminOrders.list({ pageSize: 10_000 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
