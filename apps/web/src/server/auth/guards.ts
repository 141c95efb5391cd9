import 'server-only';
import { redirect } from 'next/navigation';
import { currentSession } from './session';
import type { Session } from './session-token';

export type AdminSession = Extract<Session, { role: 'admin' }>;
export type ShopperSession = Extract<Session, { role: 'shopper' }>;

export async function adminSession(): Promise<AdminSession | null> {
  const session = await currentSession();
  return session?.role === 'admin' ? session : null;
}

export async function shopperSession(): Promise<ShopperSession | null> {
  const session = await currentSession();
  return session?.role === 'shopper' ? session : null;
}

/** For admin pages: anyone else is sent to sign in, and back here afterwards. */
export async function requireAdminPage(returnTo: string): Promise<AdminSession> {
  const session = await adminSession();
  if (!session) redirect(`/sign-in/admin?next=${encodeURIComponent(returnTo)}`);
  return session;
}

export async function requireShopperPage(returnTo: string): Promise<ShopperSession> {
  const session = await shopperSession();
  if (!session) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return session;
}
