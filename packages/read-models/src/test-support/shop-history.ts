import { randomUUID } from 'node:crypto';
import {
  cartAggregate,
  cartStreamId,
  changeCustomerName,
  checkOut,
  handleCommand,
  inventoryAggregate,
  inventoryStreamId,
  orderAggregate,
  orderStreamId,
  productAggregate,
  productStreamId,
  registerCustomer,
  type Aggregate,
  type CommandContext,
  type CommandHandlerDeps,
  type DomainError,
  type DomainEvent,
} from '@shop/domain';

const categories = ['home', 'office', 'kitchen', 'outdoor'];
const context = (): CommandContext => ({
  commandId: randomUUID(),
  correlationId: randomUUID(),
  actor: 'admin',
});
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const address = {
  recipient: 'Ada Lovelace',
  line1: '12 St James Square',
  postalCode: 'SW1Y 4JH',
  city: 'London',
  country: 'GB',
};

/** Runs a command through the domain; a refusal is a mistake in the history, not a test outcome. */
function runner(deps: CommandHandlerDeps) {
  const via =
    <Command extends { type: string }, Event extends DomainEvent, State, Error extends DomainError>(
      aggregate: Aggregate<Command, Event, State, Error>,
      streamOf: (command: Command) => string,
    ) =>
    async (command: Command): Promise<void> => {
      const result = await handleCommand(deps, aggregate, streamOf(command), command, context());
      if (!result.ok) throw new Error(`${command.type} refused: ${result.error.message}`);
    };
  return {
    product: via(productAggregate, (command) => productStreamId(command.data.productId)),
    inventory: via(inventoryAggregate, (command) => inventoryStreamId(command.data.productId)),
    cart: via(cartAggregate, (command) => cartStreamId(command.data.cartId)),
    order: via(orderAggregate, (command) => orderStreamId(command.data.orderId)),
  };
}

interface Listed {
  readonly productId: string;
  readonly name: string;
  readonly price: number;
}

/** Products added, tagged, renamed and repriced; stock received and recounted. */
async function writeCatalog(run: ReturnType<typeof runner>, count: number): Promise<Listed[]> {
  const listed: Listed[] = [];
  for (let n = 0; n < count; n++) {
    const productId = randomUUID();
    const [name, price] = [`Oak lamp ${n}`, 1_000 + n * 250];
    const category = categories[n % categories.length];
    await run.product({
      type: 'AddProduct',
      data: {
        productId,
        name,
        description: `A warm lamp, number ${n}`,
        price: eur(price),
        category,
      },
    });
    await run.product({
      type: 'SetProductTags',
      data: { productId, tags: ['gift', `batch${n % 3}`] },
    });
    await run.inventory({ type: 'ReceiveStock', data: { productId, quantity: 20 + n } });
    if (n % 3 === 0) {
      await run.product({ type: 'RenameProduct', data: { productId, name: `Walnut lamp ${n}` } });
    }
    if (n % 4 === 1)
      await run.product({ type: 'RepriceProduct', data: { productId, price: eur(price + 99) } });
    if (n % 5 === 2) {
      await run.inventory({
        type: 'AdjustStock',
        data: { productId, countedOnHand: 15, reason: 'Counted at the yearly stocktake' },
      });
    }
    listed.push({
      productId,
      name: n % 3 === 0 ? `Walnut lamp ${n}` : name,
      price: n % 4 === 1 ? price + 99 : price,
    });
  }
  return listed;
}

/** fillCart sets the first line to two. */
const quantityAt = (index: number) => (index === 0 ? 2 : 1);

/** A cart with one to three lines, changed and trimmed as a shopper would. */
async function fillCart(run: ReturnType<typeof runner>, cartId: string, lines: readonly Listed[]) {
  for (const { productId, name, price } of lines) {
    await run.cart({
      type: 'AddItem',
      data: { cartId, productId, name, unitPrice: eur(price), quantity: 1 },
    });
  }
  const [first, second] = lines;
  if (first) {
    await run.cart({
      type: 'ChangeQuantity',
      data: { cartId, productId: first.productId, quantity: quantityAt(0) },
    });
  }
  if (second && lines.length === 3)
    await run.cart({ type: 'RemoveItem', data: { cartId, productId: second.productId } });
}

/** The saga's path for an order: stock reserved and payment authorised, then confirmed or cancelled. */
async function progressOrder(
  run: ReturnType<typeof runner>,
  orderId: string,
  lines: readonly Listed[],
  outcome: 'placed' | 'confirmed' | 'cancelled',
) {
  if (outcome === 'placed') return;
  for (const [index, { productId }] of lines.entries()) {
    const quantity = quantityAt(index);
    await run.inventory({ type: 'ReserveStock', data: { productId, orderId, quantity } });
  }
  await run.order({ type: 'MarkStockReserved', data: { orderId } });
  if (outcome === 'cancelled') {
    await run.order({ type: 'CancelOrder', data: { orderId, reason: 'Changed my mind' } });
    for (const { productId } of lines) {
      await run.inventory({ type: 'ReleaseReservation', data: { productId, orderId } });
    }
    return;
  }
  const total = lines.reduce((sum, line, index) => sum + line.price * quantityAt(index), 0);
  await run.order({
    type: 'MarkPaymentAuthorized',
    data: { orderId, paymentId: `pay-${orderId}`, amount: eur(total) },
  });
  await run.order({ type: 'ConfirmOrder', data: { orderId } });
}

/** Two registered customers, one of whom changes her name later. */
async function writeCustomers(deps: CommandHandlerDeps): Promise<string[]> {
  const customers: string[] = [];
  for (const name of ['Ada Lovelace', 'Grace Hopper']) {
    const email = `${name.split(' ')[0]?.toLowerCase() ?? 'someone'}-${randomUUID()}@shop.example`;
    const registered = await registerCustomer(deps, { email, name }, context());
    if (!registered.ok) throw new Error(`Registration refused: ${registered.error.message}`);
    customers.push(registered.value.customerId);
  }
  const renamed = await changeCustomerName(
    deps,
    { customerId: customers[0], name: 'Ada King' },
    context(),
  );
  if (!renamed.ok) throw new Error(`ChangeCustomerName refused: ${renamed.error.message}`);
  return customers;
}

/**
 * A small shop's history through the domain's services: a catalog with its changes, stock,
 * carts left open, and orders placed, confirmed and cancelled (guests and known customers).
 */
export async function writeShopHistory(deps: CommandHandlerDeps): Promise<void> {
  const run = runner(deps);
  const products = await writeCatalog(run, 12);
  const customers = await writeCustomers(deps);
  const outcomes = ['placed', 'confirmed', 'cancelled'] as const;
  for (let n = 0; n < 10; n++) {
    const cartId = randomUUID();
    const lines = [0, 1, 2].slice(0, 1 + (n % 3)).map((k) => products[(n + k * 4) % 10] as Listed);
    await fillCart(run, cartId, lines);
    // Three carts stay open; the rest become orders.
    if (n >= 7) continue;
    const orderId = randomUUID();
    const customerId = n % 3 === 0 ? null : (customers[n % 2] as string);
    const placed = await checkOut(
      deps,
      { cartId, orderId, customerId, shippingAddress: address },
      context(),
    );
    if (!placed.ok) throw new Error(`CheckOut refused: ${placed.error.message}`);
    // What the cart held at checkout: fillCart removed the second of three lines.
    const ordered = lines.length === 3 ? lines.filter((_, index) => index !== 1) : lines;
    await progressOrder(run, orderId, ordered, outcomes[n % 3] ?? 'placed');
  }
  // Discontinued last: one of them is in carts and orders, the other was never sold.
  for (const { productId } of [products[9], products[11]].filter((product) => !!product)) {
    await run.product({ type: 'DiscontinueProduct', data: { productId, reason: 'End of line' } });
  }
}
