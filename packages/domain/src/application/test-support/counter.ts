import { z } from 'zod';
import { assertNever } from '../../shared/decider';
import { domainError, type DomainError } from '../../shared/domain-error';
import { eventCodec, type EventOf } from '../../shared/event-codec';
import { defineEvent } from '../../shared/event-definition';
import { err, ok, type Result } from '../../shared/result';
import { jsonBigint, jsonDate, jsonMap } from '../../snapshots/json-codecs';
import type { Aggregate } from '../handle-command';

/*
 * A small aggregate for the event store's own tests, so they depend on no aggregate of the shop.
 * Its state holds a bigint, a Map and a Date on purpose: snapshots must encode them.
 */

const at = z.iso.datetime({ offset: true });
const amount = z.number().int().positive().max(1_000);
const label = z.string().min(1).max(20);

export const incremented = defineEvent('Incremented', z.object({ by: amount, label })).evolve(
  z.object({ by: amount, label, at }),
  (v1) => ({ ...v1, at: '1970-01-01T00:00:00Z' }),
);
export const decremented = defineEvent('Decremented', z.object({ by: amount, label, at }));
export const counterReset = defineEvent('CounterReset', z.object({ at }));
export const counterCodec = eventCodec([incremented, decremented, counterReset]);
export type CounterEvent = EventOf<typeof incremented | typeof decremented | typeof counterReset>;

export const counterCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Increment'), data: z.object({ by: amount, label, at }) }),
  z.object({ type: z.literal('Decrement'), data: z.object({ by: amount, label, at }) }),
  z.object({ type: z.literal('Reset'), data: z.object({ at }) }),
]);
export type CounterCommand = z.infer<typeof counterCommandSchema>;

export type CounterState =
  | { status: 'Empty' }
  | { status: 'Counting'; total: bigint; byLabel: Map<string, number>; lastChangedAt: Date };

export type CounterError = DomainError<'CounterWouldGoNegative'>;

const counting = (state: CounterState) =>
  state.status === 'Counting' ? state : { total: 0n, byLabel: new Map<string, number>() };

function add(state: CounterState, delta: number, name: string, when: string): CounterState {
  const { total, byLabel } = counting(state);
  return {
    status: 'Counting',
    total: total + BigInt(delta),
    byLabel: new Map(byLabel).set(name, (byLabel.get(name) ?? 0) + delta),
    lastChangedAt: new Date(when),
  };
}

function evolve(state: CounterState, event: CounterEvent): CounterState {
  switch (event.type) {
    case 'Incremented':
      return add(state, event.data.by, event.data.label, event.data.at);
    case 'Decremented':
      return add(state, -event.data.by, event.data.label, event.data.at);
    case 'CounterReset':
      return { status: 'Empty' };
    default:
      return assertNever(event);
  }
}

type Decision = Result<readonly CounterEvent[], CounterError>;

function decide(command: CounterCommand, state: CounterState): Decision {
  switch (command.type) {
    case 'Increment':
      return ok([{ type: 'Incremented', data: command.data }]);
    case 'Decrement':
      return counting(state).total < BigInt(command.data.by)
        ? err(domainError('CounterWouldGoNegative', 'The counter cannot go below zero.'))
        : ok([{ type: 'Decremented', data: command.data }]);
    case 'Reset':
      return state.status === 'Empty' ? ok([]) : ok([{ type: 'CounterReset', data: command.data }]);
    default:
      return assertNever(command);
  }
}

export const counterSnapshotSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('Empty') }),
  z.object({
    status: z.literal('Counting'),
    total: jsonBigint,
    byLabel: jsonMap(z.string(), z.number().int()),
    lastChangedAt: jsonDate,
  }),
]);

export const counterAggregate: Aggregate<CounterCommand, CounterEvent, CounterState, CounterError> =
  {
    decider: { initialState: { status: 'Empty' }, decide, evolve },
    codec: counterCodec,
    commandSchema: counterCommandSchema,
  };

export const counterWithSnapshots = (
  every: number,
  schemaVersion = 1,
): typeof counterAggregate => ({
  ...counterAggregate,
  snapshot: { every, schemaVersion, schema: counterSnapshotSchema },
});
