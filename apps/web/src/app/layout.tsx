import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { TRPCReactProvider } from '~/trpc/react';
import { NavLink } from './_components/nav-link';
import { SessionNav } from './_components/session-nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Shop', template: '%s · Shop' },
  description: 'An event-sourced shop',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav className="site-nav" aria-label="Main">
            <Link href="/" className="brand">
              Shop
            </Link>
            <NavLink href="/">Storefront</NavLink>
            <NavLink href="/search">Search</NavLink>
            <NavLink href="/cart">Cart</NavLink>
            <NavLink href="/orders">My orders</NavLink>
            <NavLink href="/admin">Admin</NavLink>
            <SessionNav />
          </nav>
        </header>
        <main className="page">
          <TRPCReactProvider>{children}</TRPCReactProvider>
        </main>
      </body>
    </html>
  );
}
