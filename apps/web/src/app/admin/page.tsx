import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Admin' };

export default function AdminPage() {
  return (
    <>
      <h1>Admin</h1>
      <ul className="admin-links">
        <li className="card">
          <Link href="/admin/products/new">Add a product</Link>
          <p className="muted">Put a new product in the catalog.</p>
        </li>
      </ul>
    </>
  );
}
