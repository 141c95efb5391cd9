import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  counterAggregate,
  counterWithSnapshots,
  type CounterEvent,
} from '../application/test-support/counter';
import { counterCommand } from '../application/test-support/counter-commands';
import { fold } from '../shared/decider';
import { decodeSnapshotState, encodeSnapshotState, snapshotDue } from './snapshot-policy';

const { decider } = counterAggregate;
const policy = counterWithSnapshots(3).snapshot;
if (!policy) throw new Error('the counter has a snapshot policy');

/** The events a run of commands produces, refused commands leaving no trace, as in production. */
const eventsOf = (commands: Parameters<typeof decider.decide>[0][]): CounterEvent[] => {
  const events: CounterEvent[] = [];
  for (const command of commands) {
    const decision = decider.decide(command, fold(decider, events));
    if (decision.ok) events.push(...decision.value);
  }
  return events;
};

const snapshotOf = (state: unknown, schemaVersion = 1) => ({
  streamId: 'counter-1',
  streamVersion: 1,
  schemaVersion,
  state: JSON.parse(JSON.stringify(state)) as unknown,
  takenAt: new Date(),
});

describe('snapshot state', () => {
  it('from a snapshot at any version plus the tail equals a full replay', () => {
    fc.assert(
      fc.property(fc.array(counterCommand, { maxLength: 40 }), fc.nat(), (commands, cut) => {
        const events = eventsOf(commands);
        const at = events.length === 0 ? 0 : cut % (events.length + 1);
        const encoded = encodeSnapshotState(policy, fold(decider, events.slice(0, at)));
        expect(encoded.ok).toBe(true);
        if (!encoded.ok) return;
        const restored = decodeSnapshotState(policy, snapshotOf(encoded.value));
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        const fromSnapshot = fold({ ...decider, initialState: restored.value }, events.slice(at));
        expect(fromSnapshot).toEqual(fold(decider, events));
      }),
      { numRuns: 300 },
    );
  });

  it('is ignored when stored in another schema version', () => {
    const encoded = encodeSnapshotState(policy, { status: 'Empty' });
    if (!encoded.ok) throw new Error(encoded.error);
    expect(decodeSnapshotState(policy, snapshotOf(encoded.value, 2))).toEqual({
      ok: false,
      error: 'snapshot schema v2, current is v1',
    });
  });

  it('is ignored when its JSON does not fit the schema', () => {
    const decoded = decodeSnapshotState(policy, snapshotOf({ status: 'Counting', total: 3 }));
    expect(decoded.ok).toBe(false);
  });

  it('refuses to encode with a schema that cannot read its own output back', () => {
    const mapAsPlainObject = { every: 1, schemaVersion: 1, schema: z.map(z.string(), z.number()) };
    const encoded = encodeSnapshotState(mapAsPlainObject, new Map([['a', 1]]));
    expect(encoded).toEqual({ ok: false, error: expect.stringMatching(/does not read back/) });
    const bigintAsIs = { every: 1, schemaVersion: 1, schema: z.bigint() };
    expect(encodeSnapshotState(bigintAsIs, 1n)).toEqual({
      ok: false,
      error: expect.stringMatching(/cannot be encoded as JSON/),
    });
  });
});

describe('snapshotDue', () => {
  it('is due once `every` events passed since the snapshot the state came from', () => {
    expect(snapshotDue({ every: 3 }, 0, 2)).toBe(false);
    expect(snapshotDue({ every: 3 }, 0, 3)).toBe(true);
    expect(snapshotDue({ every: 3 }, 3, 5)).toBe(false);
    expect(snapshotDue({ every: 3 }, 3, 7)).toBe(true);
  });
});
