import { describe, expect, it } from 'vitest';
import { percent, roundsTable, whole } from './table';

describe('roundsTable', () => {
  const rounds = [
    { raw: 100, ours: 90 },
    { raw: 200, ours: 60 },
    { raw: 50, ours: 20 },
  ];

  it('prints a row per round and the medians, a ratio as the median of the rounds’ ratios', () => {
    const table = roundsTable(rounds, [
      { heading: 'raw', value: (r) => r.raw, format: whole },
      { heading: 'ours', value: (r) => r.ours, format: whole },
      { heading: 'ours / raw', value: (r) => r.ours / r.raw, format: percent },
    ]);
    expect(table.split('\n')).toEqual([
      '| round | raw | ours | ours / raw |',
      '| --- | ---: | ---: | ---: |',
      '| 1 | 100 | 90 | 90.0 % |',
      '| 2 | 200 | 60 | 30.0 % |',
      '| 3 | 50 | 20 | 40.0 % |',
      // The median of 90, 30 and 40 %; the medians' ratio, 60 / 100, would say 60 %.
      '| **median** | **100** | **60** | **40.0 %** |',
    ]);
  });
});

describe('figures', () => {
  it('prints whole numbers with separators and ratios as percentages', () => {
    expect(whole(48_210.6)).toBe('48,211');
    expect(percent(0.5432)).toBe('54.3 %');
  });
});
