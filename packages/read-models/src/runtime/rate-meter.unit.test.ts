import { describe, expect, it } from 'vitest';
import { RateMeter } from './rate-meter';

describe('rate meter', () => {
  it('averages what was recorded over its window and forgets what fell out of it', () => {
    let now = 0;
    const meter = new RateMeter(2_000, () => now);
    meter.record(500);
    now = 1_000;
    meter.record(1_500);
    expect(meter.perSecond()).toBe(1_000);
    now = 2_500;
    expect(meter.perSecond()).toBe(750);
    now = 3_001;
    expect(meter.perSecond()).toBe(0);
  });
});
