import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { describe, expect, it, vi } from 'vitest';
import {
  adminSession,
  nextHeadersMock,
  adminTestWorldPerFile,
  type AdminCaller,
  shopperSession,
} from '../../../../app/admin/_lib/test-support/admin-test-world';

vi.mock('server-only', () => ({}));
vi.mock('next/headers', () => nextHeadersMock);

const world = adminTestWorldPerFile();

/** A call with valid input for every procedure of the admin routers. */
const calls: Record<string, (caller: AdminCaller) => Promise<unknown>> = {
  'adminProducts.list': (caller) => caller.adminProducts.list({}),
  'adminProducts.byId': (caller) => caller.adminProducts.byId({ productId: randomUUID() }),
  'adminOrders.list': (caller) => caller.adminOrders.list({ statuses: ['Shipped'] }),
  'adminOrders.timeline': (caller) => caller.adminOrders.timeline({ orderId: randomUUID() }),
  'adminOrders.stateAt': (caller) =>
    caller.adminOrders.stateAt({ orderId: randomUUID(), version: 1 }),
};

const visitors = [
  { who: 'an anonymous visitor', session: null },
  { who: 'a signed-in shopper', session: shopperSession },
];

describe('the admin routers', () => {
  it('have a call in this table for every procedure, so none goes untested', () => {
    const procedures = Object.keys(world().appRouter._def.procedures).filter((path) =>
      /^admin(Orders|Products)\./.test(path),
    );
    expect(procedures.sort()).toEqual(Object.keys(calls).sort());
  });

  for (const { who, session } of visitors) {
    for (const [path, call] of Object.entries(calls)) {
      it(`refuse ${who} from ${path} as UNAUTHORIZED`, async () => {
        const error = await call(world().caller(session)).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(TRPCError);
        expect(error).toMatchObject({ code: 'UNAUTHORIZED' });
      });
    }
  }

  for (const [path, call] of Object.entries(calls)) {
    it(`answer an admin from ${path}`, async () => {
      await expect(call(world().caller(adminSession))).resolves.toBeDefined();
    });
  }
});
