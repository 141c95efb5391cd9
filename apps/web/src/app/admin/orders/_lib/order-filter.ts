import type { OrderStatus } from '@shop/domain';
import type { Route } from 'next';
import {
  allParams,
  firstParam,
  pageParam,
  queryString,
  type SearchParams,
} from '../../_lib/search-params';

/** In the order of an order's life, for the filter's checkboxes. */
export const orderStatuses = [
  'Placed',
  'StockReserved',
  'Paid',
  'Confirmed',
  'Shipped',
  'Delivered',
  'Cancelled',
  'Refunded',
] as const satisfies readonly OrderStatus[];

// Fails to compile when the domain gains a status this list lacks.
const everyStatus: Exclude<OrderStatus, (typeof orderStatuses)[number]> extends never
  ? true
  : never = true;
void everyStatus;

/** The order history's filters as the URL carries them: `?status=Shipped&from=2026-11-01&q=ada`. */
export interface OrderFilter {
  readonly statuses: readonly OrderStatus[];
  readonly customerId: string | null;
  /** Days, `YYYY-MM-DD`, both included. */
  readonly from: string | null;
  readonly to: string | null;
  /** The start of an order id, or part of an email. */
  readonly search: string | null;
  readonly page: number;
}

export const ordersPageSize = 20;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A calendar day typed in a date field, or null for anything else (the URL is user input). */
function dayParam(text: string | undefined): string | null {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const day = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? text : null;
}

/**
 * Reads the filters from the URL. What cannot be a filter is left out rather than refused, and
 * an inverted range is turned round: a hand-edited URL still shows a list.
 */
export function orderFilterFrom(params: SearchParams): OrderFilter {
  const customer = firstParam(params, 'customer');
  const search = firstParam(params, 'q')?.trim().slice(0, 254);
  const [from, to] = [dayParam(firstParam(params, 'from')), dayParam(firstParam(params, 'to'))];
  const inverted = from !== null && to !== null && from > to;
  return {
    statuses: orderStatuses.filter((status) => allParams(params, 'status').includes(status)),
    customerId: customer && uuid.test(customer) ? customer.toLowerCase() : null,
    from: inverted ? to : from,
    to: inverted ? from : to,
    search: search ? search : null,
    page: pageParam(params),
  };
}

const nextDay = (day: string) =>
  new Date(new Date(`${day}T00:00:00.000Z`).getTime() + 24 * 3600 * 1000);

/** The admin-orders query for the filters: whole days, in UTC. */
export function listInputOf(filter: OrderFilter) {
  return {
    page: filter.page,
    pageSize: ordersPageSize,
    statuses: filter.statuses.length > 0 ? [...filter.statuses] : undefined,
    customerId: filter.customerId ?? undefined,
    placedFrom: filter.from ? new Date(`${filter.from}T00:00:00.000Z`) : undefined,
    placedBefore: filter.to ? nextDay(filter.to) : undefined,
    search: filter.search ?? undefined,
  };
}

/** The order history's address with these filters; `changes` replaces some of them. */
export function ordersHref(filter: OrderFilter, changes: Partial<OrderFilter> = {}): Route {
  const next = { ...filter, ...changes };
  return `/admin/orders${queryString({
    status: next.statuses,
    customer: next.customerId ?? undefined,
    from: next.from ?? undefined,
    to: next.to ?? undefined,
    q: next.search ?? undefined,
    page: next.page === 1 ? undefined : String(next.page),
  })}` as Route;
}

export const isFiltered = (filter: OrderFilter): boolean =>
  filter.statuses.length > 0 ||
  filter.customerId !== null ||
  filter.from !== null ||
  filter.to !== null ||
  filter.search !== null;
