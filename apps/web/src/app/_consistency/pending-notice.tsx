import type { ReactNode } from 'react';
import styles from './consistency.module.css';
import type { AwaitedWriteStatus } from './use-awaited-write';

export interface PendingNoticeProps {
  readonly status: AwaitedWriteStatus;
  /** Shown while the read model catches up. */
  readonly pending?: ReactNode;
  /** Shown once the page shows the write. */
  readonly fresh?: ReactNode;
  /** Shown when the write could not be awaited. */
  readonly failed?: ReactNode;
  readonly className?: string;
}

/**
 * A one-line live region for an awaited write. Its box is always there, empty while idle, so
 * nothing moves when it turns from pending to fresh; screen readers hear each change.
 */
export function PendingNotice({
  status,
  pending = 'Saved — updating the page…',
  fresh = 'Up to date.',
  failed = 'Saved, but the page could not confirm it. Reload to see the change.',
  className,
}: PendingNoticeProps) {
  const message = { idle: null, pending, fresh, failed }[status];
  return (
    <p
      role="status"
      aria-live="polite"
      data-testid="pending-notice"
      data-status={status}
      className={[styles.notice, styles[status], className].filter(Boolean).join(' ')}
    >
      {status === 'pending' && <span className="spinner" aria-hidden="true" />}
      {message}
    </p>
  );
}
