'use client';

import type { Route } from 'next';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import styles from './admin.module.css';

const sections: readonly { href: Route; label: string }[] = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/products', label: 'Products' },
  { href: '/admin/orders', label: 'Orders' },
  { href: '/admin/projections', label: 'Projections' },
];

/** The admin's sections; the one the page belongs to is marked as current. */
export function AdminNav() {
  const pathname = usePathname();
  const current = (href: string) =>
    href === '/admin' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label="Admin" className={styles.subNav}>
      {sections.map(({ href, label }) => (
        <Link key={href} href={href} aria-current={current(href) ? 'page' : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
