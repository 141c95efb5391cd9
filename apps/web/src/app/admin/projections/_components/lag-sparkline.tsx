import { formatEvents } from '../format';
import { lagHistorySize, sparklinePoints, type LagSample } from '../lag-history';
import styles from './console.module.css';

const width = 120;
const height = 32;
// Room for the stroke above the highest sample and below zero.
const pad = 2;

/** The lag of the last minute (one sample a second), newest on the right. */
export function LagSparkline({ samples }: { samples: readonly LagSample[] }) {
  const events = samples.map((sample) => sample.events);
  const points = sparklinePoints(events, {
    width,
    height: height - 2 * pad,
    slots: lagHistorySize,
  });
  const label =
    events.length === 0
      ? 'No lag samples yet'
      : `Lag over the last ${events.length} s: now ${formatEvents(events.at(-1) ?? 0)}, at most ${formatEvents(Math.max(...events))}`;
  return (
    <svg
      className={styles.sparkline}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
      data-testid="lag-sparkline"
      data-samples={events.length}
    >
      <line x1="0" y1={height - 0.5} x2={width} y2={height - 0.5} className={styles.baseline} />
      {points && (
        <polyline points={points} transform={`translate(0 ${pad})`} className={styles.lagLine} />
      )}
    </svg>
  );
}
