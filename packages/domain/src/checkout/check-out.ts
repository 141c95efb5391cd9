import {
  handleCommand,
  type CommandContext,
  type CommandFailure,
  type CommandHandlerDeps,
} from '../application/handle-command';
import { validationFailed } from '../application/validation';
import { cartAggregate, cartStreamId } from '../cart/cart.aggregate';
import type { CheckOut } from '../cart/cart.commands';
import type { CartError } from '../cart/cart.errors';
import { cartEventCodec, type CartCheckedOut } from '../cart/cart.events';
import { checkOutInputSchema } from '../cart/cart.inputs';
import type { EventStore } from '../event-store/port';
import { orderAggregate, orderStreamId } from '../order/order.aggregate';
import type { PlaceOrder } from '../order/order.commands';
import type { OrderError } from '../order/order.errors';
import type { LogPosition } from '../shared/log-position';
import { err, ok, type Result } from '../shared/result';

export interface CheckOutDeps extends CommandHandlerDeps {
  /** The clock: time enters the domain in the command, never inside decide. */
  readonly now?: () => Date;
}

export type CheckOutFailure = CommandFailure<CartError | OrderError>;

export interface CheckOutAccepted {
  /** The order placed: the one recorded on the cart, which a retry may not have chosen. */
  readonly orderId: string;
  /** Where the order's OrderPlaced sits in the log, for the UI to wait on its projections. */
  readonly position: LogPosition;
}

/**
 * Cart → order, across two streams that cannot share a transaction. The cart decides first and
 * records the order it becomes (CartCheckedOut, with the orderId); the order is then placed from
 * that record. Both steps are idempotent, so if the process dies between them, calling checkOut
 * again finishes the job: a checked-out cart is not an error here, it is the order to place, and
 * an order already placed from this cart is success. Concurrent calls end with one order.
 */
export async function checkOut(
  deps: CheckOutDeps,
  input: unknown,
  context: CommandContext,
): Promise<Result<CheckOutAccepted, CheckOutFailure>> {
  const parsed = checkOutInputSchema.safeParse(input);
  if (!parsed.success) return err(validationFailed(parsed.error));
  const checkedOutAt = (deps.now?.() ?? new Date()).toISOString();
  const command: CheckOut = { type: 'CheckOut', data: { ...parsed.data, checkedOutAt } };
  const { cartId } = parsed.data;
  const cart = await handleCommand(deps, cartAggregate, cartStreamId(cartId), command, context);
  if (!cart.ok && !isCheckedOutAlready(cart.error)) return cart;

  const checkout = await recordedCheckout(deps.eventStore, cartId);
  // The order's events are caused by the checkout event, whichever attempt places them.
  const placed = await handleCommand(
    deps,
    orderAggregate,
    orderStreamId(checkout.data.orderId),
    placeOrderFrom(checkout.data),
    { ...context, commandId: checkout.eventId },
  );
  if (!placed.ok) return placed;
  const position =
    placed.value.position ?? (await orderPlacedPosition(deps.eventStore, checkout.data.orderId));
  return ok({ orderId: checkout.data.orderId, position });
}

const isCheckedOutAlready = (failure: CheckOutFailure): boolean =>
  failure.kind === 'DomainError' && failure.code === 'CartAlreadyCheckedOut';

/** Built from the record alone, so every attempt asks for exactly the same order. */
const placeOrderFrom = ({ checkedOutAt, ...order }: CartCheckedOut['data']): PlaceOrder => ({
  type: 'PlaceOrder',
  data: { ...order, placedAt: checkedOutAt },
});

/** The cart's CartCheckedOut; it exists once the cart's CheckOut succeeded or was refused as done. */
async function recordedCheckout(
  eventStore: EventStore,
  cartId: string,
): Promise<{ eventId: string; data: CartCheckedOut['data'] }> {
  const history = await eventStore.readStream(cartStreamId(cartId));
  const recorded = history.findLast((event) => event.type === 'CartCheckedOut');
  if (!recorded) throw new Error(`Cart ${cartId} has no CartCheckedOut after its checkout`);
  const event = cartEventCodec.parse(recorded);
  if (event.type !== 'CartCheckedOut') throw new Error(`Cart ${cartId}: unexpected ${event.type}`);
  return { eventId: recorded.eventId, data: event.data };
}

/** Where an order placed by an earlier attempt sits in the log. */
async function orderPlacedPosition(eventStore: EventStore, orderId: string): Promise<LogPosition> {
  const history = await eventStore.readStream(orderStreamId(orderId));
  const placed = history.find((event) => event.type === 'OrderPlaced');
  if (!placed) throw new Error(`Order ${orderId} has no OrderPlaced although placing it succeeded`);
  return { transactionId: placed.transactionId, globalPosition: placed.globalPosition };
}
