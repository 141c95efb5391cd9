import { Wakeup } from '@shop/domain/relay';
import type { SagaFeedback, SagaPolicy } from '@shop/domain';
import type pg from 'pg';
import type { Logger } from 'pino';
import { claimDueActions, finishAction, retryLater, type ClaimedAction } from './action-queue';
import { executeAction, type ExecutionDeps } from './execute-action';
import type { Execution } from './execution';

export interface SagaExecutorOptions {
  readonly pool: pg.Pool;
  readonly deps: ExecutionDeps;
  readonly policy: SagaPolicy;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly pollMs: number;
  /** Actions run at once, at most. */
  readonly concurrency?: number;
  readonly logger: Logger;
}

const maxRetryDelayMs = 60_000;

/**
 * Runs the saga's due actions: claims them (a lease, so a dead worker's actions are taken over),
 * executes each, and ends it with its feedback in one transaction. Transient failures are retried
 * with exponential back-off; an action out of attempts, or refused for good, is recorded as failed
 * (the console lists it and can retry it) and the saga compensates where it can.
 */
export class SagaExecutor {
  private readonly wakeup = new Wakeup();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(private readonly options: SagaExecutorOptions) {}

  start(): void {
    this.loop = this.run();
  }

  get actionsInFlight(): number {
    return this.running.size;
  }

  /** Runs due actions now rather than at the next poll. */
  wake(): void {
    this.wakeup.notify();
  }

  /** Claims no more; waits for the actions in flight (their payment calls are aborted by the caller). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeup.notify();
    await this.loop;
    await Promise.all(this.running);
  }

  private async run(): Promise<void> {
    const { pool, leaseMs, pollMs, concurrency = 16, logger } = this.options;
    while (!this.stopped) {
      const free = concurrency - this.running.size;
      let claimed: ClaimedAction[] = [];
      if (free > 0) {
        claimed = await claimDueActions(pool, leaseMs, free).catch((error: unknown) => {
          logger.error({ err: error }, 'saga could not claim actions');
          return [];
        });
      }
      for (const action of claimed) this.launch(action);
      // A full batch may mean more are due: look again at once, unless every slot is taken.
      if (claimed.length === 0 || claimed.length < free) await this.wakeup.sleep(pollMs);
    }
  }

  private launch(claimed: ClaimedAction): void {
    const task = this.runOne(claimed).finally(() => {
      this.running.delete(task);
      this.wakeup.notify();
    });
    this.running.add(task);
  }

  private async runOne(claimed: ClaimedAction): Promise<void> {
    const { actionId, orderId, correlationId, attempt, action } = claimed;
    const log = this.options.logger.child({
      correlationId,
      orderId,
      actionId,
      kind: action.kind,
      attempt,
    });
    const execution = await executeAction(this.options.deps, claimed);
    try {
      await this.settle(claimed, execution, log);
    } catch (error) {
      // Left claimed: once the lease runs out it is run again, and its effect is idempotent.
      log.error({ err: error }, 'saga could not record the outcome of an action');
    }
  }

  private async settle(claimed: ClaimedAction, execution: Execution, log: Logger): Promise<void> {
    const { pool, policy, maxAttempts, retryBaseMs } = this.options;
    if (execution.kind === 'done') {
      const ended = await finishAction(pool, claimed, { status: 'done', ...execution }, policy);
      log.info({ outcome: execution.outcome, ended }, 'saga action done');
      return;
    }
    if (execution.kind === 'retry' && claimed.attempt < maxAttempts) {
      const delayMs = Math.min(maxRetryDelayMs, retryBaseMs * 2 ** (claimed.attempt - 1));
      await retryLater(pool, claimed, execution.error, delayMs);
      log.warn({ error: execution.error, retryInMs: delayMs }, 'saga action failed, will retry');
      return;
    }
    const error =
      execution.kind === 'retry'
        ? `Gave up after ${claimed.attempt} attempts: ${execution.error}`
        : execution.error;
    const feedback: SagaFeedback = { type: 'ActionFailed', action: claimed.action, reason: error };
    await finishAction(pool, claimed, { status: 'failed', outcome: error, feedback }, policy);
    log.error({ error }, 'saga action failed for good');
  }
}
