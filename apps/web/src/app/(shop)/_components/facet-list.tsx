import type { Route } from 'next';
import Link from 'next/link';
import styles from './shop.module.css';

export interface FacetEntry {
  readonly label: string;
  readonly count?: number;
  readonly href: Route;
  readonly current: boolean;
}

/** A labelled list of filter links with their counts; the chosen ones are marked as current. */
export function FacetList({ title, entries }: { title: string; entries: readonly FacetEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav className={styles.facet} aria-label={title}>
      <h2>{title}</h2>
      <ul className={styles.facetList}>
        {entries.map((entry) => (
          <li key={entry.label}>
            <Link
              href={entry.href}
              className={styles.facetLink}
              aria-current={entry.current ? 'true' : undefined}
            >
              <span>{entry.label}</span>
              {entry.count !== undefined && <span className={styles.count}>{entry.count}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
