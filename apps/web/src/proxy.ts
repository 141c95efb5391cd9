import { NextResponse, type NextRequest } from 'next/server';
import { requestedPathHeader, requestedPathOf } from './server/auth/requested-path';

/**
 * Tells the admin pages which address was asked for. Always set here, so a value a browser sends
 * in this header never arrives; the sign-in accepts only paths of this site anyway.
 */
export function proxy(request: NextRequest): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(requestedPathHeader, requestedPathOf(request));
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
