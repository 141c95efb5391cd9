import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SagaAction } from './fulfillment.actions';
import type { SagaInput } from './fulfillment.inputs';
import { paths, run } from './test-support/saga-history';

/** Each action id with the action first asked for under it: what the runner would store. */
function stored(actions: readonly SagaAction[]): Map<string, SagaAction> {
  const byId = new Map<string, SagaAction>();
  for (const action of actions) {
    const key = `${action.kind}:${action.actionId}`;
    if (!byId.has(key)) byId.set(key, action);
  }
  return byId;
}

/** The inputs with copies delivered again later: `copies` holds (input index, delay) pairs. */
function redeliver(inputs: readonly SagaInput[], copies: readonly [number, number][]): SagaInput[] {
  const delivered = [...inputs];
  for (const [index, delay] of copies) {
    const original = inputs[index % inputs.length];
    if (!original) continue;
    const first = delivered.indexOf(original);
    delivered.splice(Math.min(delivered.length, first + 1 + delay), 0, original);
  }
  return delivered;
}

const scenarios = Object.entries(paths) as [string, readonly SagaInput[]][];

describe('the saga under redelivery', () => {
  it('asks for the same actions and ends in the same state, however inputs are repeated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios),
        fc.array(fc.tuple(fc.nat(40), fc.nat(40)), { minLength: 1, maxLength: 30 }),
        ([, inputs], copies) => {
          const once = run(inputs);
          const repeated = run(redeliver(inputs, copies));
          expect(repeated.state).toEqual(once.state);
          expect(stored(repeated.actions)).toEqual(stored(once.actions));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives every path a final status', () => {
    const finals = Object.fromEntries(
      scenarios.map(([name, inputs]) => [name, run(inputs).state.status]),
    );
    expect(finals).toEqual({
      awaitingPayment: 'AwaitingPayment',
      confirmed: 'AwaitingShipment',
      completed: 'Completed',
      stockShort: 'Cancelled',
      declined: 'Cancelled',
      timedOut: 'Cancelled',
      cancelledByAdmin: 'Cancelled',
    });
  });
});
