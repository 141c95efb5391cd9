import type { NextRequest } from 'next/server';

/**
 * The path and query a request asked for, forwarded by `proxy.ts` to the pages: a layout is not
 * told which page it wraps, and the admin sign-in sends the visitor back there.
 */
export const requestedPathHeader = 'x-shop-requested-path';

// Next's own query parameters (e.g. `_rsc` on a client navigation) are no part of the address.
const internalParams = ['_rsc'];

export function requestedPathOf(request: Pick<NextRequest, 'nextUrl'>): string {
  const { pathname, searchParams } = request.nextUrl;
  const query = new URLSearchParams(searchParams);
  for (const name of internalParams) query.delete(name);
  const search = query.toString();
  return search ? `${pathname}?${search}` : pathname;
}
