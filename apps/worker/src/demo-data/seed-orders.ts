import { randomUUID } from 'node:crypto';
import {
  addToCart,
  assertNever,
  cancelOrder,
  cartStreamId,
  checkOut,
  deliverOrder,
  orderStreamId,
  refundOrder,
  shipOrder,
  type CommandContext,
  type CommandHandlerDeps,
  type Result,
} from '@shop/domain';
import { demoCardNumberSchema, savePaymentMethod } from '@shop/payments';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Running } from '../running';
import { orderSagaName } from '../saga/start-saga';
import { inParallel } from './in-parallel';
import type { DemoOrder } from './orders';
import { orderStateOf, sagaPastPayment, sagasSettled, waitUntil } from './saga-progress';

export interface SeedOrdersOptions {
  /** Starts the order saga on the seeded database; it is stopped once the orders are settled. */
  readonly startSaga: () => Promise<Running>;
  readonly concurrency?: number;
  /** How long the saga may take to settle the orders before seeding fails. */
  readonly timeoutMs?: number;
  readonly now?: () => Date;
  readonly logger: Logger;
}

const minuteMs = 60_000;
const actor = 'system:demo-data';
const context = (correlationId: string): CommandContext => ({
  commandId: randomUUID(),
  correlationId,
  actor,
});

async function accepted(what: string, outcome: Promise<Result<unknown, { message: string }>>) {
  const result = await outcome;
  if (!result.ok) throw new Error(`Demo ${what} was refused: ${result.error.message}`);
}

/**
 * Places the demo orders as shoppers do (cart, card, checkout), lets the real order saga reserve
 * stock and take payment, then takes each order where its plan says, as an admin would. Every
 * step is idempotent, so a second run places nothing and changes nothing.
 */
export async function seedDemoOrders(
  deps: CommandHandlerDeps,
  db: pg.Pool,
  orders: readonly DemoOrder[],
  {
    startSaga,
    concurrency = 12,
    timeoutMs = 60_000,
    now = () => new Date(),
    logger,
  }: SeedOrdersOptions,
): Promise<{ placed: number }> {
  const started = performance.now();
  const phase = (name: string) =>
    logger.info({ phase: name, ms: Math.round(performance.now() - started) }, 'demo orders');
  const deadline = Date.now() + timeoutMs;
  const saga = await startSaga();
  let placed: boolean[];
  try {
    // Each order on its own: placed, left to the saga until it is confirmed (or cancelled), then
    // taken on, so that orders placed early move on while later ones are still being placed.
    placed = await inParallel(orders, concurrency, async (order) => {
      const placedAt = new Date(now().getTime() - order.minutesAgo * minuteMs);
      const placedNow = await placeOnce(deps, db, order, placedAt);
      await waitUntil(deadline, `the saga to confirm or cancel ${order.orderId}`, () =>
        sagaPastPayment(db, order.orderId),
      );
      await takeToOutcome(deps, order, deadline);
      return placedNow;
    });
    phase('taken to their outcomes');
    await waitUntil(deadline, 'the saga to settle the demo orders', () =>
      sagasSettled(
        db,
        orderSagaName,
        orders.map(({ orderId }) => orderId),
      ),
    );
    phase('settled by the saga');
  } finally {
    await saga.stop();
  }
  return { placed: placed.filter(Boolean).length };
}

/** Minor units as the decimal text the refund's amount field takes (1250 → "12.50"). */
const decimal = (amountMinor: number) =>
  `${Math.trunc(amountMinor / 100)}.${String(amountMinor % 100).padStart(2, '0')}`;

/** Cart, card and checkout, as the storefront does them; false when the order exists already. */
async function placeOnce(
  deps: CommandHandlerDeps,
  db: pg.Pool,
  order: DemoOrder,
  placedAt: Date,
): Promise<boolean> {
  const { orderId, cartId, customer } = order;
  if ((await deps.eventStore.readStream(orderStreamId(orderId), { toVersion: 1 })).length > 0) {
    return false;
  }
  const shopper: CommandContext = {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    actor: customer ? `customer:${customer.customerId}` : 'customer:guest',
  };
  // A cart left by an interrupted run already holds its lines: adding them again would add more.
  if ((await deps.eventStore.readStream(cartStreamId(cartId), { toVersion: 1 })).length === 0) {
    for (const { productId, productName, unitPrice, quantity } of order.lines) {
      await accepted(
        `cart line of ${orderId}`,
        addToCart(deps, { cartId, productId, productName, unitPrice, quantity }, shopper),
      );
    }
  }
  await savePaymentMethod(db, { orderId, ...demoCardNumberSchema.parse(order.card) });
  const shippingAddress = {
    recipient: customer?.name ?? 'Sam Guest',
    ...(customer?.address ?? {
      line1: '5 Harbour Street',
      postalCode: 'EH6 6QB',
      city: 'Edinburgh',
      country: 'GB',
    }),
  };
  await accepted(
    `checkout of ${orderId}`,
    checkOut(
      { ...deps, now: () => placedAt },
      { cartId, orderId, customerId: customer?.customerId ?? null, shippingAddress },
      shopper,
    ),
  );
  return true;
}

/** The admin's part of the plan. Each command is a no-op once done, so a rerun changes nothing. */
async function takeToOutcome(deps: CommandHandlerDeps, order: DemoOrder, deadline: number) {
  const { orderId, outcome } = order;
  // Final: nothing more can happen to it (a rerun after the refund, or an order the saga cancelled).
  const { status } = await orderStateOf(deps, orderId);
  if (status === 'Cancelled' || status === 'Refunded') return;
  const correlationId = randomUUID();
  const ship = () =>
    accepted(
      `shipment of ${orderId}`,
      shipOrder(
        deps,
        { orderId, carrier: 'DHL', trackingNumber: `JD${orderId.slice(0, 8).toUpperCase()}` },
        context(correlationId),
      ),
    );
  const deliver = () =>
    accepted(`delivery of ${orderId}`, deliverOrder(deps, { orderId }, context(correlationId)));
  switch (outcome) {
    case 'confirmed':
    case 'declined':
    case 'out-of-stock':
      return;
    case 'shipped':
      return ship();
    case 'delivered':
      await ship();
      return deliver();
    case 'cancelled':
      return accepted(
        `cancellation of ${orderId}`,
        cancelOrder(deps, { orderId, reason: order.reason }, context(correlationId)),
      );
    case 'refunded':
    case 'partly-refunded': {
      await ship();
      await deliver();
      // The saga pays a refund back only from a captured payment, and captures on shipment.
      const captured = await waitUntil(
        deadline,
        `the payment of ${orderId} to be captured`,
        async () => {
          const state = await orderStateOf(deps, orderId);
          return 'payment' in state && state.payment?.captured ? state.payment : undefined;
        },
      );
      const whole = outcome === 'refunded';
      const amountMinor = whole
        ? captured.amount.amountMinor
        : Math.ceil(captured.amount.amountMinor / 4);
      return accepted(
        `refund of ${orderId}`,
        refundOrder(
          deps,
          {
            orderId,
            refundId: order.refundId,
            amount: decimal(amountMinor),
            currency: captured.amount.currency,
            reason: order.reason,
          },
          context(correlationId),
        ),
      );
    }
    default:
      return assertNever(outcome);
  }
}
