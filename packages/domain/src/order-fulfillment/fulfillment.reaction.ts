import type { SagaAction } from './fulfillment.actions';
import type { OrderSagaState } from './fulfillment.state';

/** What react returns: the saga's next state and what it asks for, as data. */
export interface Reaction {
  readonly state: OrderSagaState;
  readonly actions: readonly SagaAction[];
}

export const reaction = (state: OrderSagaState, actions: readonly SagaAction[] = []): Reaction => ({
  state,
  actions,
});

/** Settings of the process, not of one order: they arrive with the call, never from a clock. */
export interface SagaPolicy {
  /** How long a payment may stay unanswered before the order is cancelled and the call voided. */
  readonly paymentTimeoutMs: number;
}

export const defaultSagaPolicy: SagaPolicy = { paymentTimeoutMs: 60_000 };
