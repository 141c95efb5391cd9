import type { Logger } from 'pino';
import { loadAggregate } from '../application/load-aggregate';
import type { EventStore } from '../event-store/port';
import { nameBasedId } from '../shared/name-based-id';
import { cartAggregate, cartStreamId } from './cart.aggregate';

/*
 * A shopper's carts are numbered 0, 1, 2…: a checked-out cart is closed for good (its lines became
 * an order), so each checkout moves the shopper on to the next number. The n-th cart's id is
 * name-based on the customer id and n, so every process derives it from the signed-in customer
 * alone: there is no "current cart" pointer to store and keep in step with the cart streams, a
 * cart nobody has touched needs no creating, and a request can only ever reach the carts of the
 * customer its session names.
 */

/** Far beyond any shopper's number of checkouts: reaching it means the probe is broken. */
const maxSequence = 2 ** 30;

export function shopperCartId(customerId: string, sequence: number): string {
  if (!Number.isSafeInteger(sequence) || sequence < 0 || sequence > maxSequence) {
    throw new RangeError(`Cart sequence must be a whole number from 0, not ${sequence}`);
  }
  return nameBasedId(`shopper-cart/${customerId}/${sequence}`);
}

/**
 * The first sequence that is not closed, given that the closed ones are a prefix (cart n+1 is only
 * used once cart n is checked out). Doubling, then halving: about 2·log2(n) probes for a shopper
 * with n checkouts, instead of n.
 */
export async function firstOpenSequence(
  isClosed: (sequence: number) => Promise<boolean>,
): Promise<number> {
  if (!(await isClosed(0))) return 0;
  let closed = 0;
  let open = 1;
  while (await isClosed(open)) {
    closed = open;
    open *= 2;
    if (open > maxSequence) throw new Error(`No open cart below sequence ${maxSequence}`);
  }
  while (open - closed > 1) {
    const middle = Math.floor((closed + open) / 2);
    if (await isClosed(middle)) closed = middle;
    else open = middle;
  }
  return open;
}

export interface ShopperCart {
  readonly cartId: string;
  readonly sequence: number;
}

/** The shopper's open cart, read from the cart streams: the write side never asks a read model. */
export async function findShopperCart(
  deps: { readonly eventStore: EventStore; readonly logger: Logger },
  customerId: string,
): Promise<ShopperCart> {
  const load = { eventStore: deps.eventStore, log: deps.logger };
  const sequence = await firstOpenSequence(async (candidate) => {
    const streamId = cartStreamId(shopperCartId(customerId, candidate));
    const { state } = await loadAggregate(load, cartAggregate, streamId);
    return state.status === 'CheckedOut';
  });
  return { cartId: shopperCartId(customerId, sequence), sequence };
}

/**
 * Whether `cartId` is one of the customer's carts up to `sequence`: a checkout retried after it
 * succeeded names the cart it closed, which is no longer the open one but still the shopper's.
 */
export function isShopperCart(customerId: string, cartId: string, sequence: number): boolean {
  for (let candidate = sequence; candidate >= 0; candidate -= 1) {
    if (shopperCartId(customerId, candidate) === cartId) return true;
  }
  return false;
}
