import { describe, expect, it } from 'vitest';
import { formatWhen, isInProgress, progressOf, statusLabel } from './order-status';

const states = (status: Parameters<typeof progressOf>[0]) =>
  progressOf(status)?.map((step) => `${step.label}: ${step.state}`);

describe('order progress', () => {
  it('marks the steps reached as done and the next one as under way', () => {
    expect(states('Placed')).toEqual([
      'Placed: done',
      'Stock reserved: current',
      'Payment authorized: upcoming',
      'Confirmed: upcoming',
    ]);
    expect(states('Paid')).toEqual([
      'Placed: done',
      'Stock reserved: done',
      'Payment authorized: done',
      'Confirmed: current',
    ]);
  });

  it('has every step done once confirmed, shipped or delivered', () => {
    for (const status of ['Confirmed', 'Shipped', 'Delivered'] as const) {
      expect(progressOf(status)?.every((step) => step.state === 'done')).toBe(true);
    }
  });

  it('leaves the path for a cancelled or refunded order', () => {
    expect(progressOf('Cancelled')).toBeNull();
    expect(progressOf('Refunded')).toBeNull();
  });

  it('follows an order only while the saga works on it', () => {
    for (const status of ['Placed', 'StockReserved', 'Paid'] as const) {
      expect(isInProgress(status)).toBe(true);
    }
    for (const status of ['Confirmed', 'Shipped', 'Cancelled', 'Refunded'] as const) {
      expect(isInProgress(status)).toBe(false);
    }
  });

  it('names statuses as a shopper reads them', () => {
    expect(statusLabel('Paid')).toBe('Payment authorized');
    expect(statusLabel('StockReserved')).toBe('Stock reserved');
  });

  it('shows times the same way on the server and in any browser', () => {
    expect(formatWhen(new Date('2026-11-20T10:00:05.000Z'))).toBe('20 Nov 2026, 10:00:05 UTC');
  });
});
