import type { PartitionHealth } from '@shop/read-models/read-side';
import { formatEvents, formatSeconds } from '../format';
import styles from './console.module.css';

export function PartitionTable({
  projection,
  partitions,
}: {
  projection: string;
  partitions: readonly PartitionHealth[];
}) {
  return (
    <details className={styles.partitions}>
      <summary>Partitions</summary>
      <div className={styles.tableScroll}>
        <table>
          <caption className={styles.visuallyHidden}>Partitions of {projection}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Checkpoint</th>
              <th scope="col">Lag</th>
              <th scope="col">Worker</th>
            </tr>
          </thead>
          <tbody>
            {partitions.map((partition) => (
              <tr key={partition.partition}>
                <th scope="row">{partition.partition}</th>
                <td>
                  <code>{partition.position ?? '—'}</code>
                </td>
                <td>
                  {formatEvents(partition.lagEvents, partition.lagCapped)}
                  {partition.lagEvents > 0 && `, ${formatSeconds(partition.lagSeconds)}`}
                  {partition.stalled && <strong className="field-error"> stalled</strong>}
                </td>
                <td>{partition.owner ?? 'none'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
