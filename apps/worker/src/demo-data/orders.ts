import { nameBasedId, type Money } from '@shop/domain';
import { demoTestCards } from '@shop/payments';
import type { DemoCustomer } from './customers';
import type { DemoProduct } from './products';

/** Where a demo order is taken after checkout; the saga does its part, the seed the admin's. */
export type DemoOrderOutcome =
  /** Left to the saga: stock reserved, payment authorized, confirmed. */
  | 'confirmed'
  | 'shipped'
  | 'delivered'
  /** Cancelled by the admin, with a reason, before it shipped. */
  | 'cancelled'
  /** Delivered, then refunded in full. */
  | 'refunded'
  /** Delivered, then refunded in part: it stays delivered. */
  | 'partly-refunded'
  /** Paid with the card that declines: the saga cancels it. */
  | 'declined'
  /** For a product with no stock: the saga cancels it. */
  | 'out-of-stock';

export interface DemoOrderLine {
  readonly productId: string;
  readonly productName: string;
  readonly unitPrice: Money;
  readonly quantity: number;
}

export interface DemoOrder {
  readonly orderId: string;
  readonly cartId: string;
  /** For the refund of a refunded order: the same id every run, so it is paid once. */
  readonly refundId: string;
  /** Null for a guest's order. */
  readonly customer: DemoCustomer | null;
  readonly lines: readonly DemoOrderLine[];
  readonly card: string;
  /** How long before the seeding it was placed. */
  readonly minutesAgo: number;
  readonly outcome: DemoOrderOutcome;
  readonly reason: string;
}

const cardThat = (behaviour: string) =>
  Object.entries(demoTestCards).find(([, does]) => does === behaviour)?.[0] ?? '';

// A fixed cycle: every run places the same orders and takes them to the same states.
const cycle: readonly DemoOrderOutcome[] = [
  'delivered',
  'confirmed',
  'shipped',
  'delivered',
  'cancelled',
  'confirmed',
  'delivered',
  'refunded',
  'shipped',
  'partly-refunded',
];
const rounds = 4;
const guestEvery = 9;

/** Older orders have got further: a confirmed order is days old, a delivered one weeks. */
const ageOf: Record<DemoOrderOutcome, (n: number) => number> = {
  confirmed: (n) => n % 3,
  shipped: (n) => 2 + (n % 4),
  delivered: (n) => 8 + ((n * 7) % 50),
  cancelled: (n) => 1 + ((n * 5) % 30),
  refunded: (n) => 12 + ((n * 3) % 40),
  'partly-refunded': (n) => 10 + ((n * 11) % 40),
  declined: () => 1,
  'out-of-stock': () => 3,
};

const reasons: Partial<Record<DemoOrderOutcome, readonly string[]>> = {
  cancelled: [
    'The customer asked to cancel before shipping.',
    'Ordered twice by mistake.',
    'The address could not be delivered to.',
    'The customer found it elsewhere.',
  ],
  refunded: ['Arrived damaged.', 'Returned unused within 30 days.', 'Not as described.'],
  'partly-refunded': ['One item arrived scratched.', 'Late delivery: shipping refunded.'],
};

/** What can be ordered: listed, with stock to spare for several orders. */
const orderable = ({ later, stock, origin }: DemoProduct) =>
  origin.era === 'current' &&
  stock >= 24 &&
  !later.some((change) => change.type === 'DiscontinueProduct');

const lineOf = ({ origin }: DemoProduct, quantity: number): DemoOrderLine => {
  if (origin.era !== 'current') throw new Error('Demo orders use current products');
  const { productId, name, price } = origin.data;
  return { productId, productName: name, unitPrice: price, quantity };
};

/**
 * The demo orders: every outcome several times, some guests, and one order each that the card
 * and the stock refuse. Lines spread over the catalog so that no product runs out.
 */
export function demoOrders(
  products: readonly DemoProduct[],
  customers: readonly DemoCustomer[],
): DemoOrder[] {
  const candidates = products.filter(orderable);
  const soldOut = products.find(
    ({ stock, later, origin }) => stock === 0 && origin.era === 'current' && later.length === 1,
  );
  const outcomes = [
    ...Array.from({ length: rounds }, () => cycle).flat(),
    'declined' as const,
    'out-of-stock' as const,
  ];
  return outcomes.map((outcome, n) => {
    const lineCount = 1 + (n % 3);
    const lines =
      outcome === 'out-of-stock' && soldOut
        ? [lineOf(soldOut, 1)]
        : Array.from({ length: lineCount }, (_, j) => {
            const product = candidates[(n * 7 + j * 13) % candidates.length];
            if (!product) throw new Error('The demo catalog has nothing to order');
            return lineOf(product, 1 + ((n + j) % 2));
          });
    const pick = reasons[outcome] ?? [];
    return {
      orderId: nameBasedId(`demo-order/${n}`),
      cartId: nameBasedId(`demo-cart/${n}`),
      refundId: nameBasedId(`demo-refund/${n}`),
      customer:
        n % guestEvery === guestEvery - 1 ? null : (customers[n % customers.length] ?? null),
      lines,
      card: cardThat(outcome === 'declined' ? 'declines' : 'approves'),
      // Whole days by outcome, and a different time of day for each order.
      minutesAgo: ageOf[outcome](n) * 24 * 60 + ((n * 53) % 600),
      outcome,
      reason: pick[n % Math.max(1, pick.length)] ?? '',
    };
  });
}
