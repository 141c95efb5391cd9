import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, percentile } from './statistics';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN without values', () => {
    expect(median([])).toBeNaN();
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1

  it('is the value at rank ⌈p × n / 100⌉ of the ascending values', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 7)).toBe(7);
  });

  it('rounds the rank up: p99 of 300 values is the 297th, p50 of 5 the 3rd', () => {
    const ascending = Array.from({ length: 300 }, (_, index) => index + 1);
    expect(percentile(ascending, 99)).toBe(297);
    expect(percentile([10, 20, 30, 40, 50], 50)).toBe(30);
  });

  it('is the smallest value at p0 and the only one of a single value', () => {
    expect(percentile([5, 3, 8], 0)).toBe(3);
    expect(percentile([42], 99)).toBe(42);
  });

  it('is NaN without values, and refuses a p outside 0–100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
    expect(() => percentile([1], -1)).toThrow(RangeError);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('is one of the values, with at least p % of them at or below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const value = percentile(values, p);
          expect(values).toContain(value);
          const atOrBelow = values.filter((v) => v <= value).length;
          const below = values.filter((v) => v < value).length;
          expect(atOrBelow * 100).toBeGreaterThanOrEqual(p * values.length);
          // The smallest such value: fewer than p % lie strictly below it.
          expect(below * 100).toBeLessThan(p * values.length);
        },
      ),
    );
  });
});
