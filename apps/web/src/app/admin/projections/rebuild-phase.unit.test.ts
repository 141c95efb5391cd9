import { describe, expect, it } from 'vitest';
import { formatEta, rebuildPercent, rebuildPhase } from './rebuild-phase';

describe('rebuildPhase', () => {
  it('tells a running rebuild that has read everything apart as swapping', () => {
    expect(rebuildPhase({ status: 'requested', done: 0, total: 0 })).toBe('queued');
    expect(rebuildPhase({ status: 'running', done: 0, total: 0 })).toBe('running');
    expect(rebuildPhase({ status: 'running', done: 400, total: 1_000 })).toBe('running');
    expect(rebuildPhase({ status: 'running', done: 1_000, total: 1_000 })).toBe('swapping');
    expect(rebuildPhase({ status: 'done', done: 1_000, total: 1_000 })).toBe('done');
    expect(rebuildPhase({ status: 'failed', done: 10, total: 1_000 })).toBe('failed');
  });
});

describe('rebuildPercent', () => {
  it('is whole percent of the total, and 100 once done', () => {
    expect(rebuildPercent({ status: 'running', done: 0, total: 0 })).toBe(0);
    expect(rebuildPercent({ status: 'running', done: 333, total: 1_000 })).toBe(33);
    expect(rebuildPercent({ status: 'running', done: 999, total: 1_000 })).toBe(99);
    expect(rebuildPercent({ status: 'done', done: 0, total: 0 })).toBe(100);
  });
});

describe('formatEta', () => {
  it('reads in seconds, minutes or hours', () => {
    expect(formatEta(null)).toBe('unknown');
    expect(formatEta(0)).toBe('0 s');
    expect(formatEta(44.2)).toBe('45 s');
    expect(formatEta(185)).toBe('3 min 5 s');
    expect(formatEta(7_800)).toBe('2 h 10 min');
  });
});
