import type { OrderEvent } from '../../order/order.events';
import { assertNever, fold } from '../../shared/decider';
import type { Money } from '../../shared/money';
import type { SagaAction } from '../fulfillment.actions';
import { nameBasedId } from '../../shared/name-based-id';
import { sagaStepId } from '../fulfillment.ids';
import type { ReservationEvent, SagaFeedback, SagaInput } from '../fulfillment.inputs';
import { react } from '../fulfillment.react';
import { reaction, type Reaction, type SagaPolicy } from '../fulfillment.reaction';
import { initialSagaState, type OrderSagaState } from '../fulfillment.state';
import { authorizeStep, paymentTimeoutStep } from '../fulfillment.steps';

/** One order of two lines, its saga's inputs as the runner would feed them, and readable actions. */

export const orderId = '0d0d0d0d-0000-4000-8000-0000000000a1';
export const correlationId = 'c0c0c0c0-0000-4000-8000-0000000000a1';
export const lamp = 'a1a1a1a1-0000-4000-8000-000000000001';
export const chair = 'a1a1a1a1-0000-4000-8000-000000000002';
export const paymentId = 'pay_demo_1';
export const policy: SagaPolicy = { paymentTimeoutMs: 60_000 };
export const at = '2026-11-20T10:00:00.000Z';

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });
export const total = eur(5_000);

export const placed: OrderEvent = {
  type: 'OrderPlaced',
  data: {
    orderId,
    cartId: 'c0c0c0c0-0000-4000-8000-000000000001',
    customerId: null,
    lines: [
      { productId: lamp, name: 'Lamp', unitPrice: eur(1_000), quantity: 3 },
      { productId: chair, name: 'Chair', unitPrice: eur(2_000), quantity: 1 },
    ],
    shippingAddress: {
      recipient: 'Ada Lovelace',
      line1: '12 St James Square',
      line2: '',
      postalCode: 'SW1Y 4JH',
      city: 'London',
      country: 'GB',
    },
    total,
    placedAt: at,
  },
};

/** An event as recorded: its id is derived from its content, so a redelivered copy keeps it. */
export const recorded = (event: OrderEvent | ReservationEvent): SagaInput => ({
  source: 'event',
  eventId: nameBasedId(JSON.stringify(event)),
  correlationId,
  at,
  event,
});

export const fed = (feedback: SagaFeedback): SagaInput => ({
  source: 'feedback',
  causationId: nameBasedId(`cause/${JSON.stringify(feedback)}`),
  at,
  feedback,
});

const order = (type: OrderEvent['type'], extra: object = {}): SagaInput =>
  recorded({ type, data: { orderId, ...extra } } as OrderEvent);

const stock = (type: ReservationEvent['type'], productId: string, extra: object = {}) =>
  recorded({
    type,
    data: { orderId, productId, quantity: productId === lamp ? 3 : 1, ...extra },
  } as ReservationEvent);

export const inputs = {
  placed: recorded(placed),
  reserved: (productId: string) => stock('StockReserved', productId),
  rejected: (productId: string, available: number) =>
    stock('StockReservationRejected', productId, { available }),
  released: (productId: string) => stock('ReservationReleased', productId),
  committed: (productId: string) => stock('ReservationCommitted', productId),
  stockReserved: order('OrderStockReserved'),
  paymentAuthorized: order('OrderPaymentAuthorized', { paymentId, amount: total }),
  confirmed: order('OrderConfirmed'),
  shipped: order('OrderShipped', { carrier: 'DHL', trackingNumber: 'JD0001' }),
  delivered: order('OrderDelivered'),
  cancelled: (reason: string) => order('OrderCancelled', { reason }),
  refunded: (refundId: string, amountMinor: number) =>
    order('OrderRefunded', { refundId, amount: eur(amountMinor), reason: 'Broken' }),
  authorized: fed({ type: 'PaymentAuthorized', paymentId }),
  declined: fed({ type: 'PaymentDeclined', reason: 'Card declined' }),
  captured: fed({ type: 'PaymentCaptured', paymentId }),
  voided: (voided: string | null) => fed({ type: 'PaymentVoided', paymentId: voided }),
  timedOut: fed({ type: 'TimeoutElapsed', timeout: 'payment' }),
  failed: (action: SagaAction, reason: string) => fed({ type: 'ActionFailed', action, reason }),
  fedRefund: (refundId: string, amount: Money) =>
    fed({ type: 'PaymentRefunded', refundId, amount }),
};

/** The inputs of each path up to a point, in the order the runner would feed them. */
const reservedBoth = [inputs.placed, inputs.reserved(lamp), inputs.reserved(chair)];
const awaitingPayment = [...reservedBoth, inputs.stockReserved];
const confirmedOrder = [
  ...awaitingPayment,
  inputs.authorized,
  inputs.paymentAuthorized,
  inputs.confirmed,
];
export const paths = {
  awaitingPayment,
  confirmed: confirmedOrder,
  completed: [
    ...confirmedOrder,
    inputs.shipped,
    inputs.captured,
    inputs.committed(lamp),
    inputs.committed(chair),
    inputs.delivered,
  ],
  stockShort: [
    inputs.placed,
    inputs.rejected(lamp, 1),
    inputs.reserved(chair),
    inputs.cancelled('Stock could not be reserved: Lamp: only 1 left, 3 ordered'),
    inputs.released(chair),
  ],
  declined: [
    ...awaitingPayment,
    inputs.declined,
    inputs.cancelled('Payment declined: Card declined'),
    inputs.released(lamp),
    inputs.released(chair),
  ],
  timedOut: [
    ...awaitingPayment,
    inputs.timedOut,
    inputs.cancelled('Payment was not confirmed in time'),
    inputs.voided(null),
    inputs.released(lamp),
    inputs.released(chair),
  ],
  cancelledByAdmin: [
    ...confirmedOrder,
    inputs.cancelled('Changed my mind'),
    inputs.released(lamp),
    inputs.voided(paymentId),
    inputs.released(chair),
  ],
} satisfies Record<string, readonly SagaInput[]>;

export const run = (history: readonly SagaInput[], state = initialSagaState): Reaction =>
  history.reduce<Reaction>((previous, input) => {
    const next = react(previous.state, input, policy);
    return reaction(next.state, [...previous.actions, ...next.actions]);
  }, reaction(state));

export const stateAfter = (history: readonly SagaInput[]): OrderSagaState =>
  fold(
    { initialState: initialSagaState, evolve: (s, i: SagaInput) => react(s, i, policy).state },
    history,
  );

const products: Record<string, string> = { [lamp]: 'lamp', [chair]: 'chair' };
const steps: Record<string, string> = {
  [sagaStepId(orderId, authorizeStep)]: 'authorize',
  [sagaStepId(orderId, paymentTimeoutStep)]: 'payment timeout',
};

/** An action in a few words, e.g. `ReserveStock lamp`, `authorize`, `withdraw payment timeout`. */
export function summary(action: SagaAction): string {
  switch (action.kind) {
    case 'command':
      return action.target === 'inventory'
        ? `${action.command.type} ${products[action.command.data.productId]}`
        : action.command.type;
    case 'payment':
      return action.op;
    case 'schedule':
      return `timeout at ${action.dueAt}`;
    case 'withdraw':
      return `withdraw ${steps[action.actionId] ?? action.actionId}`;
    default:
      return assertNever(action);
  }
}

/** What the saga does on `input` after `history`: its status and its actions, summarised. */
export function given(history: readonly SagaInput[]) {
  const state = stateAfter(history);
  return {
    state,
    when: (input: SagaInput) => {
      const next = react(state, input, policy);
      return { status: next.state.status, actions: next.actions.map(summary), reaction: next };
    },
  };
}
