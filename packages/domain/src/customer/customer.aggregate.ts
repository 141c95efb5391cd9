import type { Aggregate } from '../application/handle-command';
import { customerCommandSchema, type CustomerCommand } from './customer.commands';
import { decideCustomer } from './customer.decide';
import type { CustomerError } from './customer.errors';
import { customerEventCodec, type CustomerEvent } from './customer.events';
import { evolveCustomer } from './customer.evolve';
import { initialCustomerState, type CustomerState } from './customer.state';

export const customerAggregate: Aggregate<
  CustomerCommand,
  CustomerEvent,
  CustomerState,
  CustomerError
> = {
  decider: { initialState: initialCustomerState, decide: decideCustomer, evolve: evolveCustomer },
  codec: customerEventCodec,
  commandSchema: customerCommandSchema,
};

export const customerStreamCategory = 'customer';
export const customerStreamId = (customerId: string): string =>
  `${customerStreamCategory}-${customerId}`;
