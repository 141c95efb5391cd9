'use client';

import styles from './console.module.css';
import { DeadLettersPanel } from './dead-letters-panel';
import { ProjectionCards } from './projection-cards';
import { SagaActionsPanel } from './saga-actions-panel';

export function ProjectionsConsole() {
  return (
    <div className={styles.console}>
      <section aria-labelledby="read-models-heading">
        <h2 id="read-models-heading">Read models</h2>
        <ProjectionCards />
      </section>
      <section aria-labelledby="dead-letters-heading">
        <h2 id="dead-letters-heading">Dead letters</h2>
        <p className="muted">
          Events a projection could not apply after its retries. Later events of the same stream
          wait behind them (parked) so each stream stays in order.
        </p>
        <DeadLettersPanel />
      </section>
      <section aria-labelledby="saga-heading">
        <h2 id="saga-heading">Order saga: failed actions</h2>
        <p className="muted">Steps the order saga gave up on after its attempts.</p>
        <SagaActionsPanel />
      </section>
    </div>
  );
}
