'use client';

import { useState } from 'react';
import type { ProjectionHealthView } from '~/server/trpc/routers/projections/health.types';
import { formatAge, formatEvents, formatRate, formatSeconds } from '../format';
import type { LagSample } from '../lag-history';
import styles from './console.module.css';
import { LagSparkline } from './lag-sparkline';
import { NoticeArea, type Notice } from './notice';
import { PartitionTable } from './partition-table';
import { ReplayControl } from './replay-control';
import { RetryAllButton } from './retry-all-button';
import { StatusBadge } from './status-badge';

export function ProjectionCard({
  health,
  lag,
}: {
  health: ProjectionHealthView;
  lag: readonly LagSample[];
}) {
  const headingId = `projection-${health.projection}`;
  const { failed, parked } = health.deadLetters;
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <li
      className={`card ${styles.card}`}
      aria-labelledby={headingId}
      data-testid="projection"
      data-projection={health.projection}
    >
      <div className={styles.cardHeader}>
        <h3 id={headingId}>{health.projection}</h3>
        <StatusBadge status={health.status} />
      </div>
      <p className={styles.generation} data-testid="generation">
        Serving generation {health.activeGeneration}
        {health.rebuildingGeneration !== null &&
          `, building generation ${health.rebuildingGeneration}`}
        {health.kind === 'external' && ' · external store'}
      </p>
      <div className={styles.lag}>
        <LagSparkline samples={lag} />
        <p>
          <strong data-testid="lag">{formatEvents(health.lagEvents, health.lagCapped)}</strong>{' '}
          behind · {formatSeconds(health.lagSeconds)}
        </p>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Checkpoint</dt>
          <dd>
            <code>{health.checkpoint ?? 'none yet'}</code>
          </dd>
        </div>
        <div>
          <dt>High-water mark</dt>
          <dd>
            <code>{health.highWaterMark ?? 'no events'}</code>
          </dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{formatRate(health.rate)}</dd>
        </div>
        <div>
          <dt>Last progress</dt>
          <dd>{formatAge(health.lastProgressAt, health.checkedAt)}</dd>
        </div>
        <div>
          <dt>Dead letters</dt>
          <dd>
            {failed} failed, {parked} parked
          </dd>
        </div>
        <div>
          <dt>Workers</dt>
          <dd>
            {health.partitions.length - health.unownedPartitions} of {health.partitions.length}{' '}
            partitions owned
          </dd>
        </div>
      </dl>
      <PartitionTable projection={health.projection} partitions={health.partitions} />
      <ReplayControl
        projection={health.projection}
        activeGeneration={health.activeGeneration}
        latest={health.rebuild}
        onOutcome={setNotice}
      >
        <RetryAllButton projection={health.projection} failed={failed} onOutcome={setNotice} />
      </ReplayControl>
      <NoticeArea notice={notice} className={styles.notice} />
    </li>
  );
}
