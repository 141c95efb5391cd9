import { inventoryStreamCategory, productStreamCategory, type RecordedEvent } from '@shop/domain';
import fc from 'fast-check';
import { eur, productAdded } from './payloads';
import { testStream } from './recorded-events';

type Step = { stream: 'product' | 'inventory'; pick: number; amount: number };

const step = fc.record({
  stream: fc.constantFrom<Step['stream']>('product', 'inventory'),
  pick: fc.nat(5),
  amount: fc.integer({ min: 1, max: 9 }),
});

function productEvent(productId: string, { pick, amount }: Step): [string, unknown] {
  const events: [string, unknown][] = [
    ['ProductRenamed', { productId, name: `Lamp ${amount}` }],
    ['ProductRepriced', { productId, price: eur(amount * 100) }],
    ['ProductTagsSet', { productId, tags: [`tag-${amount}`, 'light'] }],
    ['ProductDescribed', { productId, description: `Bright ${amount}` }],
    ['ProductCategorised', { productId, category: `lighting-${amount}` }],
    ['ProductDiscontinued', { productId }],
  ];
  return events[pick % events.length] as [string, unknown];
}

function inventoryEvent(productId: string, { pick, amount }: Step): [string, unknown] {
  const orderId = crypto.randomUUID();
  const events: [string, unknown][] = [
    ['StockReceived', { productId, quantity: amount }],
    ['StockReserved', { productId, orderId, quantity: amount }],
    ['ReservationReleased', { productId, orderId, quantity: amount }],
    ['StockAdjusted', { productId, previousOnHand: 0, countedOnHand: amount, reason: 'count' }],
  ];
  return events[pick % events.length] as [string, unknown];
}

function history(steps: readonly Step[]): RecordedEvent[] {
  const product = testStream(productStreamCategory);
  const inventory = testStream(inventoryStreamCategory, product.id);
  const productId = product.id;
  let added = false;
  return steps.flatMap((s) => {
    if (s.stream === 'inventory') return [inventory.event(...inventoryEvent(productId, s))];
    // A product event needs ProductAdded before it; stock alone may come first.
    const first = added
      ? []
      : [product.event('ProductAdded', productAdded(productId), { schemaVersion: 3 })];
    added = true;
    return [...first, product.event(...productEvent(productId, s))];
  });
}

/** Each list's order kept, the lists taken in turn: one batch then touches several rows. */
const inTurn = (lists: readonly RecordedEvent[][]): RecordedEvent[] =>
  Array.from({ length: Math.max(0, ...lists.map((list) => list.length)) }, (_, i) =>
    lists.flatMap((list) => list.slice(i, i + 1)),
  ).flat();

/**
 * The events of a few products, their product and inventory streams interleaved at random (stock
 * before the product is added included), with some events replayed later as a redelivery would.
 */
export const productStockHistories: fc.Arbitrary<RecordedEvent[]> = fc
  .tuple(
    fc.array(fc.array(step, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }),
    fc.array(fc.nat(), { maxLength: 3 }),
  )
  .map(([products, replays]) => {
    const events = inTurn(products.map(history));
    const replayed = replays.flatMap((n) => events.slice(n % events.length).slice(0, 1));
    return [...events, ...replayed];
  });
