import { setTimeout as delay } from 'node:timers/promises';
import {
  formatLogPosition,
  sagaInputOf,
  type LogPosition,
  type RecordedEvent,
  type SagaPolicy,
} from '@shop/domain';
import { appendedChannel, PostgresEventStore, withTransaction } from '@shop/domain/event-store';
import { PgListener, Wakeup } from '@shop/domain/relay';
import type pg from 'pg';
import type { Logger } from 'pino';
import { claimCheckpoint, loadCheckpoint, saveCheckpoint } from './saga-checkpoint';
import { applyInput } from './saga-store';

export interface SagaReactorOptions {
  readonly pool: pg.Pool;
  /** For the dedicated connection that listens for appended events. */
  readonly listenConnectionString: string;
  readonly sagaName: string;
  readonly policy: SagaPolicy;
  readonly pollMs: number;
  readonly batchSize?: number;
  /** Called after a batch stored actions: the executor may run them now. */
  readonly onActions: () => void;
  readonly logger: Logger;
}

const maxRetryMs = 30_000;

/**
 * Feeds the saga from the event store itself, in log order and never past a transaction still in
 * flight (the relay's read), rather than from JetStream: the order of an order's and its
 * reservations' events is then the commit order, there is no broker between the write and the
 * saga, and a replay is a checkpoint reset. Each batch — sagas, actions, checkpoint — is one
 * transaction; NOTIFY on append wakes it, a poll is the safety net.
 */
export class SagaReactor {
  private readonly store: PostgresEventStore;
  private readonly listener: PgListener;
  private readonly wakeup = new Wakeup();
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private fedUpTo: { position: string; at: Date } | null = null;

  constructor(private readonly options: SagaReactorOptions) {
    this.store = new PostgresEventStore(options.pool, options.logger);
    this.listener = new PgListener({
      connectionString: options.listenConnectionString,
      channel: appendedChannel,
      applicationName: `shop-saga:${options.sagaName}`,
      onNotify: () => this.wakeup.notify(),
      logger: options.logger,
    });
  }

  async start(): Promise<void> {
    await this.listener.start();
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    this.wakeup.notify();
    await this.loop;
    await this.listener.stop();
  }

  /** The last log position this process fed the saga, and when: null before its first batch. */
  get progress(): { position: string; at: Date } | null {
    return this.fedUpTo;
  }

  /** Feeds every event visible now; returns how many were read. */
  async drain(): Promise<number> {
    const batchSize = this.options.batchSize ?? 200;
    let read = 0;
    while (!this.stopping.signal.aborted) {
      const from = await loadCheckpoint(this.options.pool, this.options.sagaName);
      const batch = await this.store.readAfter(from, batchSize);
      if (batch.length === 0) return read;
      if (await this.feed(from, batch)) read += batch.length;
      if (batch.length < batchSize) return read;
    }
    return read;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        await this.drain();
        failures = 0;
        await this.wakeup.sleep(this.options.pollMs);
      } catch (error) {
        failures += 1;
        const retryInMs = Math.min(maxRetryMs, 200 * 2 ** (failures - 1));
        this.options.logger.error({ err: error, failures, retryInMs }, 'saga reactor failed');
        await delay(retryInMs, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      }
    }
  }

  /** One transaction per batch; false when another worker fed it first. */
  private async feed(from: LogPosition, batch: readonly RecordedEvent[]): Promise<boolean> {
    const { pool, sagaName, policy, logger } = this.options;
    const last = batch.at(-1);
    if (!last) return true;
    let actions = 0;
    const fed = await withTransaction(pool, async (client) => {
      if (!(await claimCheckpoint(client, sagaName, from))) return false;
      for (const recorded of batch) {
        const routed = this.routed(recorded);
        if (!routed) continue;
        const applied = await applyInput(client, routed.orderId, routed.input, policy);
        actions += applied.actions.length;
        const { correlationId } = recorded.metadata;
        const { orderId } = routed;
        logger.debug(
          { correlationId, orderId, event: recorded.type, status: applied.state.status },
          'saga fed an event',
        );
      }
      await saveCheckpoint(client, sagaName, last);
      return true;
    });
    if (!fed) return false;
    this.fedUpTo = { position: formatLogPosition(last), at: new Date() };
    if (actions > 0) this.options.onActions();
    return true;
  }

  /**
   * An event whose payload cannot be read would stop the saga for good if it were retried: it is
   * logged (with where it is) and passed over. Aggregates refuse to load such a stream anyway.
   */
  private routed(recorded: RecordedEvent) {
    try {
      return sagaInputOf(recorded);
    } catch (error) {
      this.options.logger.error(
        {
          err: error,
          correlationId: recorded.metadata.correlationId,
          eventId: recorded.eventId,
          type: recorded.type,
        },
        'saga passed over an event it cannot read',
      );
      return null;
    }
  }
}
