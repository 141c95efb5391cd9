import { demoPaymentCounts } from '@shop/payments';
import type pg from 'pg';
import { expect } from 'vitest';
import type { Product, Shop } from './shop';

const terminal = ['Delivered', 'Cancelled', 'Refunded'];

/** Per product, from its events: what came in, what left, and what is still held, per order. */
async function stockBook(shop: Shop, productId: string) {
  let received = 0;
  let committed = 0;
  const held = new Map<string, number>();
  for (const event of await shop.inventoryEvents(productId)) {
    if (event.type === 'StockReceived') received += event.data.quantity;
    if (event.type === 'StockReserved') held.set(event.data.orderId, event.data.quantity);
    if (event.type === 'ReservationReleased') held.delete(event.data.orderId);
    if (event.type === 'ReservationCommitted') {
      held.delete(event.data.orderId);
      committed += event.data.quantity;
    }
  }
  return { received, committed, held };
}

/**
 * What every checkout must end with, whatever failed or crashed on the way: a terminal order, no
 * stock held for it, on-hand stock equal to received − committed (and available to that minus
 * what other orders hold), and at most one authorization and one capture.
 */
export async function expectSettled(
  shop: Shop,
  pool: pg.Pool,
  orderId: string,
  products: readonly Product[],
): Promise<void> {
  const order = await shop.order(orderId);
  expect(terminal).toContain(order.status);
  for (const { productId } of products) {
    const { received, committed, held } = await stockBook(shop, productId);
    expect(held.has(orderId), `stock of ${productId} still held for ${orderId}`).toBe(false);
    const state = await shop.inventoryState(productId);
    const reserved = [...held.values()].reduce((sum, quantity) => sum + quantity, 0);
    expect(state.onHand).toBe(received - committed);
    expect(state.onHand - Object.values(state.reserved).reduce((a, b) => a + b, 0)).toBe(
      received - committed - reserved,
    );
  }
  const counts = await demoPaymentCounts(pool, orderId);
  expect(counts.authorizations).toBeLessThanOrEqual(1);
  expect(counts.captures).toBeLessThanOrEqual(1);
}
