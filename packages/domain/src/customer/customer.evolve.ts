import { assertNever } from '../shared/decider';
import type { CustomerEvent } from './customer.events';
import type { CustomerState } from './customer.state';

export function evolveCustomer(state: CustomerState, event: CustomerEvent): CustomerState {
  switch (event.type) {
    case 'CustomerRegistered':
      return { status: 'Registered', ...event.data };
    case 'CustomerRenamed':
      return state.status === 'Registered' ? { ...state, name: event.data.name } : state;
    default:
      return assertNever(event);
  }
}
