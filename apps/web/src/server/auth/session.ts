import 'server-only';
import { cookies } from 'next/headers';
import { env } from '../../env';
import { authConfig } from './auth-config';
import { signSession, verifySession, type Session } from './session-token';

const cookieName = 'shop_session';
const ttlSeconds: Record<Session['role'], number> = {
  shopper: 30 * 24 * 3600,
  // Admin rights are worth more to a thief: a shorter life.
  admin: 8 * 3600,
};

const sessionOf = (token: string | undefined): Session | null =>
  token ? verifySession(token, { secret: authConfig().sessionSecret, now: new Date() }) : null;

/** Who made this request, or null for an anonymous visitor (or a forged or expired cookie). */
export async function currentSession(): Promise<Session | null> {
  return sessionOf((await cookies()).get(cookieName)?.value);
}

/** The same, from a request's headers: for the tRPC context, which is also built outside Next. */
export function sessionFromHeaders(headers: Headers): Session | null {
  const cookie = headers.get('cookie') ?? '';
  const token = cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === cookieName)?.[1];
  return sessionOf(token && decodeURIComponent(token));
}

/** Signs `session` in on this browser. Server actions and route handlers only. */
export async function startSession(session: Session): Promise<void> {
  const maxAge = ttlSeconds[session.role];
  const token = signSession(session, {
    secret: authConfig().sessionSecret,
    now: new Date(),
    ttlSeconds: maxAge,
  });
  (await cookies()).set(cookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    // Browsers drop Secure cookies sent over plain http, as a local shop is served.
    secure: env.PUBLIC_URL.startsWith('https:'),
    path: '/',
    maxAge,
  });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(cookieName);
}
