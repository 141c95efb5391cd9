import { describe, expect, it } from 'vitest';
import type { RecordedEvent } from '../shared/envelope';
import { isSagaEventType, sagaInputOf } from './fulfillment.events';
import { correlationId, lamp, orderId, placed } from './test-support/saga-history';

const recorded = (type: string, data: unknown): RecordedEvent => ({
  eventId: 'e0e0e0e0-0000-4000-8000-000000000001',
  type,
  schemaVersion: 1,
  streamId: 'any-1',
  streamVersion: 1,
  transactionId: 1n,
  globalPosition: 1n,
  recordedAt: new Date('2026-11-20T10:00:00.000Z'),
  data,
  metadata: { correlationId, causationId: correlationId, actor: 'customer' },
});

describe('the saga input of a recorded event', () => {
  it('carries the event, its id, time and correlation, for the order it names', () => {
    expect(sagaInputOf(recorded('OrderPlaced', placed.data))).toEqual({
      orderId,
      input: {
        source: 'event',
        eventId: 'e0e0e0e0-0000-4000-8000-000000000001',
        correlationId,
        at: '2026-11-20T10:00:00.000Z',
        event: placed,
      },
    });
  });

  it('reads reservation outcomes and nothing else of the inventory', () => {
    const reserved = recorded('StockReserved', { productId: lamp, orderId, quantity: 3 });
    expect(sagaInputOf(reserved)?.orderId).toBe(orderId);
    expect(sagaInputOf(recorded('StockReceived', { productId: lamp, quantity: 3 }))).toBeNull();
    expect(isSagaEventType('ProductAdded')).toBe(false);
    expect(isSagaEventType('OrderPaymentCaptured')).toBe(true);
  });

  it('refuses a payload it cannot read', () => {
    expect(() => sagaInputOf(recorded('OrderCancelled', { orderId }))).toThrow();
  });
});
