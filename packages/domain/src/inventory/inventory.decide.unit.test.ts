import { describe, it } from 'vitest';
import { deciderSpec } from '../shared/decider-spec';
import { inventoryAggregate, type InventoryCommand, type InventoryEvent } from './index';

const productId = '5d1c7a2e-8f3b-4c6d-9e0a-1b2c3d4e5f60';
const orderA = '0a0a0a0a-1111-4aaa-8aaa-000000000001';
const orderB = '0b0b0b0b-2222-4bbb-8bbb-000000000002';
const spec = deciderSpec(inventoryAggregate.decider);

const received = (quantity: number): InventoryEvent => ({
  type: 'StockReceived',
  data: { productId, quantity },
});
const reserved = (orderId: string, quantity: number): InventoryEvent => ({
  type: 'StockReserved',
  data: { productId, orderId, quantity },
});
const released = (orderId: string, quantity: number): InventoryEvent => ({
  type: 'ReservationReleased',
  data: { productId, orderId, quantity },
});
const committed = (orderId: string, quantity: number): InventoryEvent => ({
  type: 'ReservationCommitted',
  data: { productId, orderId, quantity },
});
const rejected = (orderId: string, quantity: number, available: number): InventoryEvent => ({
  type: 'StockReservationRejected',
  data: { productId, orderId, quantity, available },
});

const reserve = (orderId: string, quantity: number): InventoryCommand => ({
  type: 'ReserveStock',
  data: { productId, orderId, quantity },
});
const release = (orderId: string): InventoryCommand => ({
  type: 'ReleaseReservation',
  data: { productId, orderId },
});
const commit = (orderId: string): InventoryCommand => ({
  type: 'CommitReservation',
  data: { productId, orderId },
});
const adjust = (countedOnHand: number): InventoryCommand => ({
  type: 'AdjustStock',
  data: { productId, countedOnHand, reason: 'Yearly count' },
});

describe('ReceiveStock', () => {
  it('adds to on-hand stock, also for a product never stocked', () => {
    spec
      .given([])
      .when({ type: 'ReceiveStock', data: { productId, quantity: 5 } })
      .then([received(5)]);
  });
});

describe('ReserveStock', () => {
  it('holds available stock for an order', () => {
    spec
      .given([received(5)])
      .when(reserve(orderA, 5))
      .then([reserved(orderA, 5)]);
  });

  it('records a rejection, with what was available, when stock is short', () => {
    spec
      .given([received(5), reserved(orderA, 3)])
      .when(reserve(orderB, 3))
      .then([rejected(orderB, 3, 2)]);
  });

  it('rejects a reservation for a product never stocked', () => {
    spec
      .given([])
      .when(reserve(orderA, 1))
      .then([rejected(orderA, 1, 0)]);
  });

  it('changes nothing when the same order reserves the same quantity again', () => {
    spec
      .given([received(5), reserved(orderA, 3)])
      .when(reserve(orderA, 3))
      .then([]);
  });

  it('refuses a different quantity for an order that already holds stock', () => {
    spec
      .given([received(5), reserved(orderA, 3)])
      .when(reserve(orderA, 2))
      .thenFails('ReservationQuantityMismatch');
  });

  it('keeps a rejection: the same request again, even after a delivery, changes nothing', () => {
    spec
      .given([rejected(orderA, 3, 0), received(10)])
      .when(reserve(orderA, 3))
      .then([]);
  });

  it('never re-opens a released or committed reservation', () => {
    spec
      .given([received(5), reserved(orderA, 3), released(orderA, 3)])
      .when(reserve(orderA, 3))
      .thenFails('ReservationAlreadySettled');
    spec
      .given([received(5), reserved(orderA, 3), committed(orderA, 3)])
      .when(reserve(orderA, 3))
      .thenFails('ReservationAlreadySettled');
  });

  it('counts released stock as available again', () => {
    spec
      .given([received(3), reserved(orderA, 3), released(orderA, 3)])
      .when(reserve(orderB, 3))
      .then([reserved(orderB, 3)]);
  });
});

describe('ReleaseReservation', () => {
  it('gives held stock back, with the quantity held', () => {
    spec
      .given([received(5), reserved(orderA, 3)])
      .when(release(orderA))
      .then([released(orderA, 3)]);
  });

  it('is idempotent once released, and a no-op for a rejected request', () => {
    spec
      .given([received(5), reserved(orderA, 3), released(orderA, 3)])
      .when(release(orderA))
      .then([]);
    spec
      .given([rejected(orderA, 3, 0)])
      .when(release(orderA))
      .then([]);
  });

  it('refuses an order that never reserved', () => {
    spec
      .given([received(5)])
      .when(release(orderA))
      .thenFails('ReservationNotFound');
  });

  it('refuses to release stock that has shipped', () => {
    spec
      .given([received(5), reserved(orderA, 3), committed(orderA, 3)])
      .when(release(orderA))
      .thenFails('ReservationAlreadySettled');
  });
});

describe('CommitReservation', () => {
  it('takes the held stock out of the warehouse', () => {
    spec
      .given([received(5), reserved(orderA, 3)])
      .when(commit(orderA))
      .then([committed(orderA, 3)]);
  });

  it('is idempotent once committed', () => {
    spec
      .given([received(5), reserved(orderA, 3), committed(orderA, 3)])
      .when(commit(orderA))
      .then([]);
  });

  it('refuses an order that never reserved', () => {
    spec
      .given([received(5)])
      .when(commit(orderA))
      .thenFails('ReservationNotFound');
  });

  it('refuses to ship a released or rejected reservation', () => {
    spec
      .given([received(5), reserved(orderA, 3), released(orderA, 3)])
      .when(commit(orderA))
      .thenFails('ReservationAlreadySettled');
    spec
      .given([rejected(orderA, 3, 0)])
      .when(commit(orderA))
      .thenFails('ReservationAlreadySettled');
  });
});

describe('AdjustStock', () => {
  it('replaces on-hand stock with the count, recording the previous figure', () => {
    spec
      .given([received(10), reserved(orderA, 3), committed(orderA, 3)])
      .when(adjust(5))
      .then([
        {
          type: 'StockAdjusted',
          data: { productId, previousOnHand: 7, countedOnHand: 5, reason: 'Yearly count' },
        },
      ]);
  });

  it('changes nothing when the count matches the books (a repeated count included)', () => {
    spec
      .given([received(10)])
      .when(adjust(10))
      .then([]);
  });

  it('allows a count down to exactly what is reserved', () => {
    spec
      .given([received(10), reserved(orderA, 4)])
      .when(adjust(4))
      .then([
        {
          type: 'StockAdjusted',
          data: { productId, previousOnHand: 10, countedOnHand: 4, reason: 'Yearly count' },
        },
      ]);
  });

  it('refuses a count below what is reserved for orders', () => {
    spec
      .given([received(10), reserved(orderA, 4)])
      .when(adjust(3))
      .thenFails('CountBelowReserved');
  });
});
