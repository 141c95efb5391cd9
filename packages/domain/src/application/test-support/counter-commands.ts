import fc from 'fast-check';
import type { CounterCommand } from './counter';

const at = fc
  .date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2027-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const label = fc.constantFrom('red', 'green', 'blue');
const by = fc.integer({ min: 1, max: 50 });

/** Any counter command; Decrement is often refused, which the properties must survive too. */
export const counterCommand: fc.Arbitrary<CounterCommand> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ by, label, at }).map((data) => ({ type: 'Increment' as const, data })),
  },
  {
    weight: 3,
    arbitrary: fc.record({ by, label, at }).map((data) => ({ type: 'Decrement' as const, data })),
  },
  { weight: 1, arbitrary: at.map((when) => ({ type: 'Reset' as const, data: { at: when } })) },
);

export const increment = (by = 1, label = 'red', at = '2026-11-23T10:00:00Z'): CounterCommand => ({
  type: 'Increment',
  data: { by, label, at },
});

export const decrement = (by = 1, label = 'red', at = '2026-11-23T10:00:00Z'): CounterCommand => ({
  type: 'Decrement',
  data: { by, label, at },
});

export const reset = (at = '2026-11-23T10:00:00Z'): CounterCommand => ({
  type: 'Reset',
  data: { at },
});
