'use client';

import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '~/trpc/react';
import { formatUtc } from '../format';
import styles from './console.module.css';
import { ProjectionCard } from './projection-card';
import { QueryState } from './query-state';
import { useLagHistory } from './use-lag-history';

const pollEveryMs = 1_000;

export function ProjectionCards() {
  const trpc = useTRPC();
  const health = useQuery({
    ...trpc.projections.health.queryOptions(),
    refetchInterval: pollEveryMs,
  });
  const history = useLagHistory(health.data, health.dataUpdatedAt);

  return (
    <QueryState query={health} what="projections">
      {(healths) =>
        healths.length === 0 ? (
          <div className="card empty">
            <p className="muted">No projection has run yet: start the worker&apos;s projectors.</p>
          </div>
        ) : (
          <>
            <p className={styles.pollLine}>
              {health.isError ? (
                <span className="field-error">
                  Could not refresh ({health.error.message}); showing the last answer.
                </span>
              ) : (
                healths[0] && (
                  <span className="muted">
                    Checked {formatUtc(healths[0].checkedAt)}, every second.
                  </span>
                )
              )}
            </p>
            <ul className={styles.cards} aria-label="Projections">
              {healths.map((projection) => (
                <ProjectionCard
                  key={projection.projection}
                  health={projection}
                  lag={history.samples[projection.projection] ?? []}
                />
              ))}
            </ul>
          </>
        )
      }
    </QueryState>
  );
}
