import type { ReactNode } from 'react';
import { requireAdminPage } from '~/server/auth/guards';
import { AdminNav } from './_components/admin-nav';

/**
 * Every admin page needs an admin session. This is the friendly redirect; the actions and tRPC
 * procedures behind the pages check again, since a layout does not guard what a page calls.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdminPage('/admin');
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
