import { randomUUID } from 'node:crypto';
import { orderStreamId } from '@shop/domain';
import type * as OrderActions from './actions';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  adminSession,
  nextHeadersMock,
  adminTestWorldPerFile,
  shopperSession,
  signInAs,
} from '../../_lib/test-support/admin-test-world';
import { confirmedOrder, formData } from '../../_lib/test-support/shop-history';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => nextHeadersMock);

const world = adminTestWorldPerFile();
let actions: typeof OrderActions;
let orderId: string;

beforeAll(async () => {
  actions = await import('./actions');
});
beforeEach(async () => {
  ({ orderId } = await confirmedOrder(world().deps, null));
  signInAs(adminSession);
});

const statusOf = async (id: string) =>
  (await world().caller(adminSession).adminOrders.timeline({ orderId: id }))?.current.status;

const ship = (id: string, trackingNumber = 'JD014600006281') =>
  actions.shipOrderAction(null, formData({ orderId: id, carrier: 'DHL', trackingNumber }));

describe('the order page actions', () => {
  it('ship and deliver an order, answering with the order stream and the position to await', async () => {
    const shipped = await ship(orderId);
    expect(shipped).toEqual({
      ok: true,
      streamId: orderStreamId(orderId),
      position: expect.stringMatching(/^\d+:\d+$/),
    });
    expect(await statusOf(orderId)).toBe('Shipped');
    expect(await actions.deliverOrderAction(null, formData({ orderId }))).toMatchObject({
      ok: true,
    });
    expect(await statusOf(orderId)).toBe('Delivered');
    const timeline = await world().caller(adminSession).adminOrders.timeline({ orderId });
    expect(timeline?.events.at(-1)).toMatchObject({
      type: 'OrderDelivered',
      actor: 'admin:admin@shop.example',
    });
  });

  it('cancel with a reason, and refund part of the payment', async () => {
    const refunded = await actions.refundOrderAction(
      null,
      formData({
        orderId,
        refundId: randomUUID(),
        amount: '20.00',
        currency: 'EUR',
        reason: 'Scratched',
      }),
    );
    expect(refunded).toMatchObject({ ok: true });
    const cancelled = await actions.cancelOrderAction(
      null,
      formData({ orderId, reason: 'The customer asked us to' }),
    );
    expect(cancelled).toMatchObject({ ok: true });
    const timeline = await world().caller(adminSession).adminOrders.timeline({ orderId });
    expect(timeline?.current).toMatchObject({
      status: 'Cancelled',
      payment: { refunded: { formatted: '€20.00' }, refundable: { formatted: '€138.00' } },
    });
    expect(timeline?.events.at(-1)?.payload).toEqual({
      orderId,
      reason: 'The customer asked us to',
    });
  });

  it('refuse what the order status does not allow, in words, and store nothing', async () => {
    await ship(orderId);
    const before = await world().countEvents();
    expect(
      await actions.cancelOrderAction(null, formData({ orderId, reason: 'Too late' })),
    ).toEqual({
      ok: false,
      message: `Order ${orderId} is shipped, so it cannot be cancelled.`,
      fieldErrors: {},
    });
    expect(await ship(orderId, 'ANOTHER-ONE')).toMatchObject({ ok: false });
    expect(await world().countEvents()).toBe(before);
  });

  it('refuse bad and tampered input field by field, and store nothing', async () => {
    const before = await world().countEvents();
    const refund = (fields: Record<string, string>) =>
      actions.refundOrderAction(
        null,
        formData({ orderId, refundId: randomUUID(), currency: 'EUR', reason: 'Broken', ...fields }),
      );
    expect(await refund({ amount: '-5' })).toMatchObject({
      ok: false,
      fieldErrors: { amount: ['Price must be a number such as 12.50'] },
    });
    expect(await refund({ amount: '500.00' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('can still be refunded'),
    });
    expect(await refund({ amount: '5', currency: 'USD' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('cannot be refunded in USD'),
    });
    expect(await ship(orderId, 'has spaces; and symbols')).toMatchObject({
      ok: false,
      fieldErrors: { trackingNumber: ['Tracking number may use letters, digits and dashes'] },
    });
    expect(await actions.cancelOrderAction(null, formData({ orderId, reason: ' ' }))).toMatchObject(
      {
        ok: false,
        fieldErrors: { reason: ['Reason is required'] },
      },
    );
    const elsewhere = randomUUID();
    expect(await actions.deliverOrderAction(null, formData({ orderId: elsewhere }))).toEqual({
      ok: false,
      message: `There is no order ${elsewhere}.`,
      fieldErrors: {},
    });
    expect(
      await actions.deliverOrderAction(null, formData({ orderId: 'not-an-id' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { orderId: ['Order id must be a UUID'] },
    });
    const file = new FormData();
    file.append('orderId', orderId);
    file.append('reason', new Blob(['x']));
    expect(await actions.cancelOrderAction(null, file)).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['Must be text.'] },
    });
    expect(await world().countEvents()).toBe(before);
  });

  for (const [who, session] of [
    ['an anonymous visitor', null],
    ['a signed-in shopper', shopperSession],
  ] as const) {
    it(`refuse ${who} every action, and store nothing`, async () => {
      signInAs(session);
      const before = await world().countEvents();
      const refusals = await Promise.all([
        ship(orderId),
        actions.deliverOrderAction(null, formData({ orderId })),
        actions.cancelOrderAction(null, formData({ orderId, reason: 'Mine now' })),
        actions.refundOrderAction(
          null,
          formData({ orderId, refundId: randomUUID(), amount: '1', reason: 'Free money' }),
        ),
      ]);
      for (const refusal of refusals) {
        expect(refusal).toEqual({
          ok: false,
          message: 'Only a signed-in admin can do this. Sign in as an admin and try again.',
          fieldErrors: {},
        });
      }
      expect(await world().countEvents()).toBe(before);
      expect(await statusOf(orderId)).toBe('Confirmed');
    });
  }
});
