import { expect } from 'vitest';
import { fold, type Decider } from './decider';
import type { DomainError } from './domain-error';

/**
 * given(past events).when(command).then(new events | error), with no servers: the decider is pure.
 * Used only by *.unit.test.ts files.
 */
export function deciderSpec<Command, Event, State, Error extends DomainError>(
  decider: Decider<Command, Event, State, Error>,
) {
  return {
    given: (history: readonly Event[]) => ({
      when: (command: Command) => {
        const result = decider.decide(command, fold(decider, history));
        return {
          then(expected: readonly Event[]) {
            expect(result).toEqual({ ok: true, value: expected });
          },
          thenFails(code: Error['code']) {
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.error.code).toBe(code);
          },
        };
      },
    }),
  };
}
