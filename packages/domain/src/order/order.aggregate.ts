import type { Aggregate } from '../application/handle-command';
import { orderCommandSchema, type OrderCommand } from './order.commands';
import { decideOrder } from './order.decide';
import type { OrderError } from './order.errors';
import { orderEventCodec, type OrderEvent } from './order.events';
import { evolveOrder } from './order.evolve';
import { initialOrderState, type OrderState } from './order.state';

export const orderAggregate: Aggregate<OrderCommand, OrderEvent, OrderState, OrderError> = {
  decider: { initialState: initialOrderState, decide: decideOrder, evolve: evolveOrder },
  codec: orderEventCodec,
  commandSchema: orderCommandSchema,
};

export const orderStreamCategory = 'order';
export const orderStreamId = (orderId: string): string => `${orderStreamCategory}-${orderId}`;
