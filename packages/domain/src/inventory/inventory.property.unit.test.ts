import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../shared/decider';
import {
  availableStock,
  inventoryAggregate,
  reservedTotal,
  type InventoryCommand,
  type InventoryEvent,
  type InventoryState,
} from './index';

const { decider } = inventoryAggregate;
const productId = '5d1c7a2e-8f3b-4c6d-9e0a-1b2c3d4e5f60';
// A small pool of orders, so that sequences often repeat, release and commit the same reservation.
const orderIds = Array.from(
  { length: 10 },
  (_, n) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`,
);

const orderId = fc.constantFrom(...orderIds);
const quantity = fc.integer({ min: 1, max: 8 });
// Weighted so that stock arrives often enough for reservations to succeed and then end.
const command: fc.Arbitrary<InventoryCommand> = fc.oneof(
  {
    weight: 3,
    arbitrary: quantity.map((q) => ({
      type: 'ReceiveStock' as const,
      data: { productId, quantity: q },
    })),
  },
  {
    weight: 4,
    arbitrary: fc.tuple(orderId, quantity).map(([id, q]) => ({
      type: 'ReserveStock' as const,
      data: { productId, orderId: id, quantity: q },
    })),
  },
  {
    weight: 2,
    arbitrary: orderId.map((id) => ({
      type: 'ReleaseReservation' as const,
      data: { productId, orderId: id },
    })),
  },
  {
    weight: 2,
    arbitrary: orderId.map((id) => ({
      type: 'CommitReservation' as const,
      data: { productId, orderId: id },
    })),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 30 }).map((counted) => ({
      type: 'AdjustStock' as const,
      data: { productId, countedOnHand: counted, reason: 'count' },
    })),
  },
);
const sequences = fc.array(command, { minLength: 10, maxLength: 80 });

/** Runs the commands as the handler would: decide on the current state, fold what was decided. */
function run(commands: readonly InventoryCommand[]) {
  const events: InventoryEvent[] = [];
  const states: InventoryState[] = [decider.initialState];
  let state = decider.initialState;
  for (const next of commands) {
    const decision = decider.decide(next, state);
    if (!decision.ok) continue;
    events.push(...decision.value);
    state = decision.value.reduce(decider.evolve, state);
    states.push(state);
  }
  return { events, states, state };
}

const sumOf = (events: readonly InventoryEvent[], type: InventoryEvent['type']) =>
  events.reduce(
    (sum, e) => sum + (e.type === type && 'quantity' in e.data ? e.data.quantity : 0),
    0,
  );

describe('inventory invariants under random command sequences', () => {
  it('never lets available stock go negative', () => {
    fc.assert(
      fc.property(sequences, (sequence) => {
        for (const state of run(sequence).states) {
          expect(availableStock(state)).toBeGreaterThanOrEqual(0);
          expect(state.onHand).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('keeps reservations consistent with the events that made them', () => {
    fc.assert(
      fc.property(sequences, (sequence) => {
        const { events, state } = run(sequence);
        // A live reservation holds exactly what its StockReserved said; settled ones hold nothing.
        for (const [id, held] of Object.entries(state.reserved)) {
          const made = events.filter((e) => e.type === 'StockReserved' && e.data.orderId === id);
          expect(made).toHaveLength(1);
          expect(made[0]?.data).toMatchObject({ quantity: held });
          expect(Object.hasOwn(state.settled, id)).toBe(false);
        }
        // Every reserved unit is still held, given back or shipped: none appear or vanish.
        expect(sumOf(events, 'StockReserved')).toBe(
          reservedTotal(state) +
            sumOf(events, 'ReservationReleased') +
            sumOf(events, 'ReservationCommitted'),
        );
        // Each order's request ends at most once.
        const endings = events.filter(
          (e) => e.type === 'ReservationReleased' || e.type === 'ReservationCommitted',
        );
        expect(new Set(endings.map((e) => e.data.orderId)).size).toBe(endings.length);
      }),
    );
  });

  it('replays to the same state it decided on', () => {
    fc.assert(
      fc.property(sequences, (sequence) => {
        const { events, state } = run(sequence);
        expect(fold(decider, events)).toEqual(state);
      }),
    );
  });

  it('answers a repeated command with nothing new', () => {
    fc.assert(
      fc.property(sequences, command, (sequence, last) => {
        const { state } = run(sequence);
        const first = decider.decide(last, state);
        if (!first.ok || last.type === 'ReceiveStock') return;
        const after = first.value.reduce(decider.evolve, state);
        expect(decider.decide(last, after)).toEqual({ ok: true, value: [] });
      }),
    );
  });
});
