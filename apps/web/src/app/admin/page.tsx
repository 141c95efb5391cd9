import type { Metadata, Route } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Admin' };

const sections: readonly { href: Route; title: string; text: string }[] = [
  {
    href: '/admin/products',
    title: 'Products',
    text: 'Stock, prices and details of every product.',
  },
  {
    href: '/admin/products/new',
    title: 'Add a product',
    text: 'Put a new product in the catalog.',
  },
  {
    href: '/admin/orders',
    title: 'Orders',
    text: 'Find orders, follow their history event by event, ship, cancel and refund.',
  },
  {
    href: '/admin/projections',
    title: 'Projections',
    text: 'How far each read model has read the log; dead letters and rebuilds.',
  },
];

export default function AdminPage() {
  return (
    <>
      <h1>Admin</h1>
      <ul className="admin-links">
        {sections.map(({ href, title, text }) => (
          <li key={href} className="card">
            <Link href={href}>{title}</Link>
            <p className="muted">{text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
