import type { DomainError } from './domain-error';
import type { Result } from './result';

/**
 * The functional core of an aggregate (https://thinkbeforecoding.com/post/2021/12/17/functional-event-sourcing-decider).
 * Both functions are pure: time and ids arrive inside commands.
 */
export interface Decider<Command, Event, State, Error extends DomainError = DomainError> {
  readonly initialState: State;
  decide(command: Command, state: State): Result<readonly Event[], Error>;
  evolve(state: State, event: Event): State;
}

export function fold<Event, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: Iterable<Event>,
): State {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** Exhaustiveness guard for switches over discriminated unions. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
