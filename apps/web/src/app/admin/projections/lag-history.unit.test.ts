import { describe, expect, it } from 'vitest';
import { addLagSamples, emptyLagHistory, sparklinePoints } from './lag-history';

const poll = (lags: Record<string, number>) =>
  Object.entries(lags).map(([projection, lagEvents]) => ({
    projection,
    lagEvents,
    lagSeconds: lagEvents / 10,
  }));

describe('addLagSamples', () => {
  it('keeps the newest samples of each projection, oldest first', () => {
    let history = emptyLagHistory;
    for (let at = 1; at <= 5; at++) history = addLagSamples(history, poll({ catalog: at }), at, 3);
    expect(history.samples.catalog?.map((sample) => sample.events)).toEqual([3, 4, 5]);
    expect(history.samples.catalog?.at(-1)).toEqual({ events: 5, seconds: 0.5 });
  });

  it('adds a poll once, however often it is rendered', () => {
    const once = addLagSamples(emptyLagHistory, poll({ catalog: 7 }), 100);
    expect(addLagSamples(once, poll({ catalog: 7 }), 100)).toBe(once);
    expect(addLagSamples(once, poll({ catalog: 8 }), 101).samples.catalog).toHaveLength(2);
  });

  it('starts new projections empty and forgets those no longer polled', () => {
    const first = addLagSamples(emptyLagHistory, poll({ catalog: 1, cart: 2 }), 1);
    const second = addLagSamples(first, poll({ catalog: 3, 'order-history': 4 }), 2);
    expect(Object.keys(second.samples).sort()).toEqual(['catalog', 'order-history']);
    expect(second.samples['order-history']).toEqual([{ events: 4, seconds: 0.4 }]);
  });
});

describe('sparklinePoints', () => {
  const box = { width: 100, height: 20, slots: 5 };

  it('draws nothing without samples', () => {
    expect(sparklinePoints([], box)).toBe('');
  });

  it('puts the newest sample on the right edge and scales to the highest', () => {
    expect(sparklinePoints([0, 10, 5], box)).toBe('50,20 75,0 100,10');
  });

  it('keeps a flat zero line on the bottom, not in the middle', () => {
    expect(sparklinePoints([0, 0], box)).toBe('75,20 100,20');
  });
});
