import { randomUUID } from 'node:crypto';
import {
  addToCart,
  cancelOrder,
  checkOut,
  deliverOrder,
  fold,
  inventoryAggregate,
  inventoryStreamId,
  orderAggregate,
  orderStreamId,
  receiveStock,
  shipOrder,
  type CommandHandlerDeps,
  type InventoryEvent,
  type InventoryState,
  type OrderState,
  type RecordedEvent,
} from '@shop/domain';
import { PostgresEventStore } from '@shop/domain/event-store';
import { demoCardNumberSchema, savePaymentMethod } from '@shop/payments';
import type pg from 'pg';
import { pino } from 'pino';

/** The shop as its web app and admin drive it, on a test database: what the saga reacts to. */
export interface Shop {
  readonly deps: CommandHandlerDeps;
  product(stock: number, name?: string): Promise<Product>;
  /** What the web's checkout does: the card's token first, then the cart's checkout. */
  checkout(lines: readonly { product: Product; quantity: number }[], card: string): Promise<Placed>;
  ship(orderId: string): Promise<void>;
  deliver(orderId: string): Promise<void>;
  cancel(orderId: string, reason: string): Promise<void>;
  order(orderId: string): Promise<OrderState>;
  orderEvents(orderId: string): Promise<readonly RecordedEvent[]>;
  inventoryEvents(productId: string): Promise<readonly InventoryEvent[]>;
  inventoryState(productId: string): Promise<InventoryState>;
}

export interface Product {
  readonly productId: string;
  readonly name: string;
  readonly unitPrice: { amountMinor: number; currency: string };
}

export interface Placed {
  readonly orderId: string;
  readonly correlationId: string;
}

const admin = () => ({ commandId: randomUUID(), correlationId: randomUUID(), actor: 'admin' });

async function succeeded(outcome: Promise<{ ok: boolean; error?: unknown }>): Promise<void> {
  const result = await outcome;
  if (!result.ok) throw new Error(`Command refused: ${JSON.stringify(result.error)}`);
}

export function openShop(pool: pg.Pool): Shop {
  const logger = pino({ level: 'silent' });
  const eventStore = new PostgresEventStore(pool, logger);
  const deps: CommandHandlerDeps = { eventStore, logger };
  return {
    deps,
    async product(stock, name = 'Lamp') {
      const product = {
        productId: randomUUID(),
        name,
        unitPrice: { amountMinor: 1_000, currency: 'EUR' },
      };
      if (stock > 0)
        await succeeded(
          receiveStock(deps, { productId: product.productId, quantity: stock }, admin()),
        );
      return product;
    },
    async checkout(lines, card) {
      const cartId = randomUUID();
      const orderId = randomUUID();
      const correlationId = randomUUID();
      const shopper = { commandId: randomUUID(), correlationId, actor: 'customer:guest' };
      for (const { product, quantity } of lines) {
        const { productId, name: productName, unitPrice } = product;
        await succeeded(
          addToCart(deps, { cartId, productId, quantity, productName, unitPrice }, shopper),
        );
      }
      await savePaymentMethod(pool, { orderId, ...demoCardNumberSchema.parse(card) });
      const shippingAddress = {
        recipient: 'Ada Lovelace',
        line1: '12 St James Square',
        postalCode: 'SW1Y 4JH',
        city: 'London',
        country: 'GB',
      };
      await succeeded(checkOut(deps, { cartId, orderId, shippingAddress }, shopper));
      return { orderId, correlationId };
    },
    ship: (orderId) =>
      succeeded(
        shipOrder(
          deps,
          { orderId, carrier: 'DHL', trackingNumber: `JD-${orderId.slice(0, 8)}` },
          admin(),
        ),
      ),
    deliver: (orderId) => succeeded(deliverOrder(deps, { orderId }, admin())),
    cancel: (orderId, reason) => succeeded(cancelOrder(deps, { orderId, reason }, admin())),
    async order(orderId) {
      const events = await eventStore.readStream(orderStreamId(orderId));
      return fold(
        orderAggregate.decider,
        events.map((event) => orderAggregate.codec.parse(event)),
      );
    },
    orderEvents: (orderId) => eventStore.readStream(orderStreamId(orderId)),
    async inventoryEvents(productId) {
      const events = await eventStore.readStream(inventoryStreamId(productId));
      return events.map((event) => inventoryAggregate.codec.parse(event));
    },
    async inventoryState(productId) {
      return fold(inventoryAggregate.decider, await this.inventoryEvents(productId));
    },
  };
}
