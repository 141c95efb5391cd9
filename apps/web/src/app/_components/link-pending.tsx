'use client';

import { useLinkStatus } from 'next/link';
import styles from './link-pending.module.css';

/**
 * Inside a Link to a page without a loading.tsx (one that answers 404 for what does not exist must
 * decide before it sends anything): shows that the page asked for is on its way. Its space is
 * always taken, so nothing moves when it appears.
 * https://nextjs.org/docs/app/api-reference/functions/use-link-status
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  return <span aria-hidden="true" className={styles.hint} data-pending={pending} />;
}
