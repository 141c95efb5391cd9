import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { requireAdminPage } from '~/server/auth/guards';
import { requestedPathHeader } from '~/server/auth/requested-path';
import { AdminNav } from './_components/admin-nav';

/**
 * Every admin page needs an admin session. This is the friendly redirect, back to the page asked
 * for after signing in; the actions and tRPC procedures behind the pages check again, since a
 * layout does not guard what a page calls.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireAdminPage((await headers()).get(requestedPathHeader) ?? '/admin');
  return (
    <>
      <AdminNav />
      {children}
    </>
  );
}
