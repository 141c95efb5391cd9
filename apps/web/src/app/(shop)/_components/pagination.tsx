import type { Route } from 'next';
import Link from 'next/link';
import styles from './shop.module.css';

interface PaginationProps {
  readonly page: number;
  readonly totalPages: number;
  readonly hrefFor: (page: number) => Route;
}

/** Pages near the current one, with the first and last always reachable. */
export function pagesToShow(page: number, totalPages: number): (number | 'gap')[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1]);
  const pages = [...wanted].filter((p) => p >= 1 && p <= totalPages).sort((a, b) => a - b);
  return pages.flatMap((p, index) => {
    const previous = pages[index - 1];
    return previous !== undefined && p - previous > 1 ? ['gap' as const, p] : [p];
  });
}

export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pages" className={styles.pagination}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={styles.pageLink}>
          ← Previous
        </Link>
      ) : (
        <span className={styles.pageLink} aria-disabled="true">
          ← Previous
        </span>
      )}
      {pagesToShow(page, totalPages).map((entry, index) =>
        entry === 'gap' ? (
          <span key={`gap-${index}`} aria-hidden="true">
            …
          </span>
        ) : (
          <Link
            key={entry}
            href={hrefFor(entry)}
            className={styles.pageLink}
            aria-current={entry === page ? 'page' : undefined}
            aria-label={`Page ${entry}`}
          >
            {entry}
          </Link>
        ),
      )}
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={styles.pageLink}>
          Next →
        </Link>
      ) : (
        <span className={styles.pageLink} aria-disabled="true">
          Next →
        </span>
      )}
    </nav>
  );
}
