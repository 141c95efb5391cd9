import type { Route } from 'next';
import Link from 'next/link';
import styles from './admin.module.css';

interface PagerProps {
  readonly page: number;
  readonly totalPages: number;
  readonly hrefFor: (page: number) => Route;
  /** What the list holds, for the pager's label: "Orders pages". */
  readonly label: string;
}

/** Previous / next links that keep the list's other parameters; a missing neighbour is inert. */
export function Pager({ page, totalPages, hrefFor, label }: PagerProps) {
  if (totalPages <= 1) return null;
  const previous = page > 1 ? page - 1 : null;
  const next = page < totalPages ? page + 1 : null;
  return (
    <nav aria-label={label} className={styles.pager}>
      <PageLink to={previous} hrefFor={hrefFor} rel="prev">
        ← Previous
      </PageLink>
      <span className="muted">
        Page {page} of {totalPages}
      </span>
      <PageLink to={next} hrefFor={hrefFor} rel="next">
        Next →
      </PageLink>
    </nav>
  );
}

function PageLink({
  to,
  hrefFor,
  rel,
  children,
}: {
  to: number | null;
  hrefFor: (page: number) => Route;
  rel: 'prev' | 'next';
  children: string;
}) {
  if (to === null) {
    return (
      <span className={styles.secondaryButton} aria-disabled="true">
        {children}
      </span>
    );
  }
  return (
    <Link href={hrefFor(to)} rel={rel} className={styles.secondaryButton}>
      {children}
    </Link>
  );
}
