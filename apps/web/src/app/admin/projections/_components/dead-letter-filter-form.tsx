'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTRPC } from '~/trpc/react';
import type { DeadLetterFilter } from '../dead-letter-filter';
import styles from './console.module.css';

const statuses = [
  { value: '', label: 'Failed and parked' },
  { value: 'failed', label: 'Failed' },
  { value: 'parked', label: 'Parked' },
] as const;

/** Filters apply as they change: two selects, no submit step. */
export function DeadLetterFilterForm({
  filter,
  onChange,
}: {
  filter: DeadLetterFilter;
  onChange: (filter: DeadLetterFilter) => void;
}) {
  const trpc = useTRPC();
  // The projections the health poll already knows; the cache answers, no extra request.
  const names = useQuery({
    ...trpc.projections.health.queryOptions(),
    select: (healths) => healths.map((health) => health.projection),
  });
  const projectionId = useId();
  const statusId = useId();
  return (
    <form role="search" aria-label="Filter dead letters" className={styles.filters}>
      <div className="field">
        <label htmlFor={projectionId}>Projection</label>
        <select
          id={projectionId}
          value={filter.projection}
          onChange={(event) => onChange({ ...filter, projection: event.target.value })}
        >
          <option value="">All projections</option>
          {(names.data ?? []).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={statusId}>Status</label>
        <select
          id={statusId}
          value={filter.status}
          onChange={(event) => {
            const status = statuses.find(({ value }) => value === event.target.value);
            onChange({ ...filter, status: status?.value ?? '' });
          }}
        >
          {statuses.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
